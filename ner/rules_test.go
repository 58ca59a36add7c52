package ner_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kashif-nlp/kashif/gazetteer"
	"github.com/kashif-nlp/kashif/ner"
)

var (
	defaultOnce sync.Once
	defaultX    *ner.Extractor
	defaultErr  error
)

// extractor returns an Extractor with the default lists, built once for
// all tests.
func extractor(t testing.TB) *ner.Extractor {
	t.Helper()
	defaultOnce.Do(func() { defaultX, defaultErr = ner.New() })
	require.NoError(t, defaultErr)
	return defaultX
}

// render lists the entities of the given types as "TYPE:text=value".
func render(ents []ner.Entity, types ...ner.Type) []string {
	var out []string
	for _, e := range ents {
		for _, t := range types {
			if e.Type == t {
				s := string(e.Type) + ":" + e.Text
				if e.Value != "" && e.Value != e.Text {
					s += "=" + e.Value
				}
				out = append(out, s)
			}
		}
	}
	return out
}

// starts lists where the entities start.
func starts(ents []ner.Entity) []int {
	var out []int
	for _, e := range ents {
		out = append(out, e.Start)
	}
	return out
}

// lastIndexes lists where each word last occurs in text: the tests place
// the mention that is an entity after the one that is not.
func lastIndexes(text string, words ...string) []int {
	out := make([]int, len(words))
	for i, w := range words {
		out[i] = strings.LastIndex(text, w)
	}
	return out
}

func TestPeople(t *testing.T) {
	x := extractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"title, nationality, comma",
			"قال وزير المالية الفرنسي، إيتيان مارسو، إن الميزانية متوازنة.",
			[]string{"PERSON:إيتيان مارسو"}},
		{"title then verb",
			"أكد الرئيس الأميركي أمس أن الاتفاق قريب.",
			nil},
		{"counterpart",
			"التقى الوزير بنظيره الكندي روبرت دالتون في العاصمة.",
			[]string{"PERSON:روبرت دالتون"}},
		{"honorific and particles",
			"استقبل الشيخ منصور بن راشد آل مكتوم الوفد.",
			[]string{"PERSON:منصور بن راشد آل مكتوم"}},
		{"compound with عبد",
			"وصل رئيس الحكومة عبد الكريم الزبيدي إلى الرباط.",
			[]string{"PERSON:عبد الكريم الزبيدي"}},
		{"name stops before clitic-article word",
			"يسعى الرئيس البرازيلي ماركوس فيريرا للتوصل إلى اتفاق.",
			[]string{"PERSON:ماركوس فيريرا"}},
		{"name stops before a date word",
			"اتصل بنظيره الياباني كينجي موراتا أمس.",
			[]string{"PERSON:كينجي موراتا"}},
		{"surname before the full name",
			"هولمبرغ يزور القاهرة\n\nوصل وزير الخارجية السويدي، لارس هولمبرغ، إلى القاهرة. وقال هولمبرغ إن الزيارة مهمة.",
			[]string{"PERSON:هولمبرغ=لارس هولمبرغ", "PERSON:لارس هولمبرغ", "PERSON:هولمبرغ=لارس هولمبرغ"}},
		{"surname with proclitics",
			"التقى الرئيس الكيني صامويل أوتينو بوزير الخارجية. وأكد لأوتينو دعمه، وشكر أوتينو والوزير الحضور.",
			[]string{"PERSON:صامويل أوتينو", "PERSON:أوتينو=صامويل أوتينو", "PERSON:أوتينو=صامويل أوتينو"}},
		{"given name without title",
			"وقال أحمد الخطيب إن الوضع صعب.",
			[]string{"PERSON:أحمد الخطيب"}},
		{"an accusative of four letters or an imperfect plural after a title is no name",
			"وقال إن لدى الرئيس عزما أكيدا، وإن الوزير غطى على الخبر، وكان العراقيون يطلقون عليها اسما آخر.",
			nil},
		{"a known verb or a function word with a proclitic opens no name",
			"ووصف البيان الهجوم الإسرائيلي بأنه عشوائي، وكان البريطانيون يطلقون عليها اسما آخر، وظهر السنغالي سيدي بيه.",
			[]string{"PERSON:سيدي بيه"}},
		{"an ordinary word after a title is no name",
			"قال إن الرئيس السابق محاكمة أخرى تنتظره، وإن الوزير قرارا اتخذ.",
			nil},
		{"a name ends before an ordinary word",
			"وقال إن قمته مع الرئيس كوستاس ميتروبولوس تناولت التعاون بين البلدين.",
			[]string{"PERSON:كوستاس ميتروبولوس"}},
		{"title with the fused preposition لل",
			"جاء الهدف الأول للمدافع الإيطالي جيانلوكا روسيتي مع فريقه الجديد.",
			[]string{"PERSON:جيانلوكا روسيتي"}},
		{"a nationality standing for a person",
			"وشارك في المباراة والفرنسي ليليان موريل والبرازيلي إيدسون كارفاليو.",
			[]string{"PERSON:ليليان موريل", "PERSON:إيدسون كارفاليو"}},
		{"one word after a nationality standing for a person",
			"وقال البرازيلي إيمرسون: الفريق جاهز.",
			[]string{"PERSON:إيمرسون"}},
		{"a masculine nationality after a feminine noun stands for a person",
			"وكتب القصة الكويتي جاسم الفرحان، ونشرت الصحيفة الكويتية الخبر.",
			[]string{"PERSON:جاسم الفرحان"}},
		{"a nationality describing a noun opens no name",
			"وقال الجيش الإسرائيلي بيانا إن العملية انتهت.",
			nil},
		{"a name opened by عبد",
			"إلا أن عبد الرحيم الزرقاني سيصل غدا إلى عمان.",
			[]string{"PERSON:عبد الرحيم الزرقاني"}},
		{"a plural noun after a verb of saying is no name",
			"ويرى مراقبون أن الخطوة مهمة.",
			nil},
		{"an unknown family name after two given names",
			"وحضر اللقاء محمد ماجد العيطاني والوفد المرافق.",
			[]string{"PERSON:محمد ماجد العيطاني"}},
		{"a transliterated surname after a preposition's look-alike",
			"وافق المدرب كارلوس ألبرتو باريرا على العرض.",
			[]string{"PERSON:كارلوس ألبرتو باريرا"}},
		{"a list of names joined by و",
			"وشارك في التدريب سامر الحوراني وعادل فتحي وأمل منصور، وعبير صبري.",
			[]string{"PERSON:سامر الحوراني", "PERSON:عادل فتحي", "PERSON:أمل منصور", "PERSON:عبير صبري"}},
		{"على spelled علي after a verb of saying",
			"وشدد علي أنه لن يتراجع، وأعلن علي العفو العام.",
			nil},
		{"the fullest mention is every mention's value",
			"وقال المدرب فيرغوسون إن فريقه جاهز. وأضاف أليكس فيرغوسون أن المباراة صعبة.",
			[]string{"PERSON:فيرغوسون=أليكس فيرغوسون", "PERSON:أليكس فيرغوسون"}},
		{"a nationality as a family name after a given name",
			"واستقبل الوفد السيد ماهر المصري، وقال الوزير المصري إن اللقاء مثمر.",
			[]string{"PERSON:ماهر المصري"}},
		{"a nationality as a family name after a kunya",
			"وكان أبو حمزة المصري يخطب في المسجد، وخلفه أبو عبد الله الليبي.",
			[]string{"PERSON:أبو حمزة المصري", "PERSON:أبو عبد الله الليبي"}},
		{"عبد before a word ending in ه that is no pronoun",
			"وكان المتهم هو عبد الله العامري، وحضر الجلسة عبد الإله الحسيني وعبد ربه السالمي.",
			[]string{"PERSON:عبد الله العامري", "PERSON:عبد الإله الحسيني", "PERSON:عبد ربه السالمي"}},
		{"a kunya behind the conjunction",
			"وابو عبد الله الليبي من مواليد القرية، وابو خالد تذوق طعم النجاح.",
			[]string{"PERSON:ابو عبد الله الليبي", "PERSON:ابو خالد"}},
		{"a kunya behind a preposition, and أبي before a given name with the article",
			"وقرأ ترجمته لأبي خليل القباني في كتاب لأبي الحسن المسعودي، ثم قال لأبيه إنه تعب.",
			[]string{"PERSON:أبي خليل القباني", "PERSON:أبي الحسن المسعودي"}},
		{"a word in و after a particle that reads as no word, and a chain that binds nothing at its end",
			"وفي غزوة الخندق قتل علي عمرو بن ود العامري، ثم جاء ابن أبي من السوق.",
			[]string{"PERSON:عمرو بن ود العامري"}},
		{"على spelled with ى is the preposition, though a listed person's name starts with علي",
			"وشن السفير هجوما عنيفا على أمين عام الأمم المتحدة، وكتب علي أمين مقالا.",
			[]string{"PERSON:علي أمين"}},
		{"a formula of blessing ends a name; a family name in الله does not",
			"افتتح البلدية الملك حسين رحمة الله عليه، ووصلت رسالة من الملك الحسين طيب الله ثراه، وقال الشيخ كامل عطا الله إن الوضع هادئ.",
			[]string{"PERSON:حسين", "PERSON:الحسين", "PERSON:كامل عطا الله"}},
		{"an ordinary first word before a kunya",
			"تحدثت السيدة زهية أبو الهيجا عن قريتها.",
			[]string{"PERSON:زهية أبو الهيجا"}},
		{"a film's credits and a title with a pronoun",
			"المسلسل من إخراج خيري بشارة، والتقى الوفد رئيسها ألكسندر لوكاشنكو، وسجل الفرنسي لودوفيك جيولي الهدف.",
			[]string{"PERSON:خيري بشارة", "PERSON:ألكسندر لوكاشنكو", "PERSON:لودوفيك جيولي"}},
		{"a verb or a function word after a given name ends the name",
			"وتوقع سامر تزايد الطلب، وأفاد الكابتن أنطونيو بأن السفينة وصلت.",
			[]string{"PERSON:سامر", "PERSON:أنطونيو"}},
		{"a given name written أل is no word with the article",
			"بعد أن أجرى ألكسندر سلطانوف محادثات في الوزارة.",
			[]string{"PERSON:ألكسندر سلطانوف"}},
		{"a name between commas after a title phrase",
			"وقال رئيس لجنة الدفاع في البرلمان، دونكان فريست، إن الجلسات ستبدأ غدا.",
			[]string{"PERSON:دونكان فريست"}},
		{"no name between commas without a title",
			"وفي الجلسة، فولى المجلس، رئيسا جديدا.",
			nil},
		{"names that start like a clitic: بال، ف",
			"ويرى بالاك أن الموسم صعب، وتشارك الفنانة فيفي في العرض.",
			[]string{"PERSON:بالاك", "PERSON:فيفي"}},
		{"a given name that is also a word before عبد",
			"وشارك في العرض فتحي عبد الرؤوف، وفي روضة ابن خلدون أقيم الحفل.",
			[]string{"PERSON:فتحي عبد الرؤوف", "PERSON:ابن خلدون"}},
		{"a lone given name right after a verb",
			"ثم استقال عثمان من منصبه، ونشر 50 ألفا من الجنود.",
			[]string{"PERSON:عثمان"}},
		{"a compound in عبد written joined, after a given name spelled like a verb",
			"وشارك في اللقاء عبدالحميد حجي وتامر عبدالرحمن.",
			[]string{"PERSON:عبدالحميد حجي", "PERSON:تامر عبدالرحمن"}},
		{"a surname after a title and a given name, though it reads like a word",
			"وقال الرئيس جون كندي إن الحرب انتهت، واختطف مسلحون القس سعد سيروب بعد القداس، واستطاع الإمام علي ورجاله الصمود.",
			[]string{"PERSON:جون كندي", "PERSON:سعد سيروب", "PERSON:علي"}},
		{"a name's spelling in Latin script after it",
			"وكتب الفيزيائي ماكس بورن ( Max Born ) عن الأمر، وولد في زيورخ (Zürich).",
			[]string{"PERSON:ماكس بورن", "PERSON:Max Born=ماكس بورن"}},
		{"a byline after the dateline, ending before a listed place",
			"لندن: سامر الحوراني تل أبيب: نزار مجدلاني\nتل أبيب: زيلار غورنيتش\nقال الوزير إن الوفد سافر.",
			[]string{"PERSON:سامر الحوراني", "PERSON:نزار مجدلاني", "PERSON:زيلار غورنيتش"}},
		{"a date word between the verb of saying and the speaker; a town's name as a surname",
			"وقال أمس كارلوس بيريرا إن الفريق جاهز.",
			[]string{"PERSON:كارلوس بيريرا"}},
		{"a given name that is also a noun before another given name",
			"وشارك في العرض حسن يوسف، وكان أمل كبير يحدوهم.",
			[]string{"PERSON:حسن يوسف"}},
		{"an ordinary word after a verb of saying is its object, not the speaker",
			"وأفاد بيان صادر عن المكتب أن الاجتماع انتهى.",
			nil},
		{"one quoted by name",
			"ونقلت الوكالة عن رمضان قوله إن الوضع هادئ، ونقلت عن مصادر قولها إنه غادر.",
			[]string{"PERSON:رمضان"}},
		{"Latin words after an Arabic name are no part of it",
			"وقال المدرب كارلوس بيريرا Carlos Pereira إن الفريق جاهز.",
			[]string{"PERSON:كارلوس بيريرا"}},
		{"a lone given name no dictionary has, after a function word",
			"وتحدثت مع ليوناردو عن عمله، ثم عادت مع سعيد الحظ.",
			[]string{"PERSON:ليوناردو"}},
		{"a known person's given name alone",
			"وقال المطرب فايز الحوراني إن الأغنية جاهزة. لكن فايز رفض الموعد، وقابل فايز خالد الجمهور.",
			[]string{"PERSON:فايز الحوراني", "PERSON:فايز=فايز الحوراني", "PERSON:فايز خالد"}},
		{"a compound given name alone is the whole compound, and its first word is no surname",
			"وقال الوزير نور الدين الحلبي إن المشروع انتهى. وزار نور الدين المدرسة. والتقى المدير خالد نور بالطلاب، ثم شكر نور الدين الحضور.",
			[]string{"PERSON:نور الدين الحلبي", "PERSON:نور الدين=نور الدين الحلبي", "PERSON:خالد نور", "PERSON:نور الدين=نور الدين الحلبي"}},
		{"an envoy's title with where he serves",
			"وقال سفير إسرائيل لدى الأمم المتحدة دان غيلرمان إن الوضع خطير.",
			[]string{"PERSON:دان غيلرمان"}},
		{"a particle binds no title",
			"وكان الأمير ابن الملك يحكم المدينة.",
			nil},
		{"a relative's name after a kinship word with a pronoun",
			"وطلق زوجته ميلفا بعد عامين، وحضر ابنه الأكبر الحفل.",
			[]string{"PERSON:ميلفا"}},
		{"a surname that starts like a preposition and the article",
			"وفاز في الانتخابات على خوان بالاسيوس، ثم أعلن رامون كالديرون فوزه.",
			[]string{"PERSON:خوان بالاسيوس", "PERSON:رامون كالديرون"}},
		{"the other cases of أبو open a kunya before a given name",
			"وبعث إلى سلطانها أبي زكريا الحفصي، وقال أبي إن الطريق طويل.",
			[]string{"PERSON:أبي زكريا الحفصي"}},
		{"a given name with the initial of a surname; two initials are two people",
			"واعتقلت الشرطة هشام ك. وفؤاد ك. ثم مثل هشام ك. أمام المحكمة.",
			[]string{"PERSON:هشام ك.", "PERSON:فؤاد ك.", "PERSON:هشام ك."}},
		{"a foreign particle joins the words of a name, and never ends one",
			"وقال المهاجم الهولندي رود فان نيستلروي إنه باق، وصرحت ماريا تيريزا فرنانديس دي لافيغا بذلك. وقال سعيد فإن الأمر انتهى.",
			[]string{"PERSON:رود فان نيستلروي", "PERSON:ماريا تيريزا فرنانديس دي لافيغا", "PERSON:سعيد"}},
		{"after a title: a surname that only looks inflected, a title in apposition, a regnal number",
			"وكان وزير الخارجية الفرنسي فيليب دوست بلازي هناك، مع اللورد جون بيرت المدير العام للهيئة، وراسل ملك أراغون خايمي الأول.",
			[]string{"PERSON:فيليب دوست بلازي", "PERSON:جون بيرت", "PERSON:خايمي الأول"}},
		{"the dual of a noun in ة is no surname",
			"وأكد المدرب أن اللاعب حازم فاضل سجل مرتين، ثم زار حازم مرتين مدينته.",
			[]string{"PERSON:حازم فاضل", "PERSON:حازم=حازم فاضل"}},
		{"after a title: a noun with a pronoun, ل before a verb, a plural after a preposition",
			"وأبدى نائب وزير خارجيتها استعدادها للحوار، وحكم بإعدام الملك ، لتضرب عنقه، وشغل منصب الرئيس الإقليمي لبطاقات الائتمان.",
			nil},
		{"a relative pronoun after a title is no adjective before a name",
			"وعاشت في بيت الملكة التي حكمت البلاد أربعين عاما.",
			nil},
		{"no person in plain text",
			"ارتفعت أسعار النفط في الأسواق العالمية خلال الأسبوع.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, render(x.Extract(tc.text), ner.Person))
		})
	}
}

func TestPlacesAndOrganizations(t *testing.T) {
	x := extractor(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"country with clitic and article",
			"وصل الوفد إلى المملكة المتحدة ثم والولايات المتحدة وللولايات المتحدة.",
			[]string{"COUNTRY:المملكة المتحدة=GB", "COUNTRY:الولايات المتحدة=US", "COUNTRY:لولايات المتحدة=US"}},
		{"spelling variants",
			"زار الدانمرك وهنغاريا والمجر.",
			[]string{"COUNTRY:الدانمرك=DK", "COUNTRY:هنغاريا=HU", "COUNTRY:المجر=HU"}},
		{"longest place wins",
			"قصف في شمال قطاع غزة ومدينة رفح.",
			[]string{"LOCATION:قطاع غزة", "LOCATION:رفح"}},
		{"a settlement head is outside a listed place",
			"وصل الوفد إلى مدينة غزة ثم إلى قطاع غزة وولاية كاليفورنيا.",
			[]string{"LOCATION:غزة", "LOCATION:قطاع غزة", "LOCATION:كاليفورنيا"}},
		{"place after a trigger",
			"وقعت الاشتباكات في بلدة كفرنبيل شمالي البلاد.",
			[]string{"LOCATION:كفرنبيل"}},
		{"a resort or a fort names a place, an adjective after it stays out",
			"وضرب الزلزال منتجع بانغالارا ثم حصن كوريدا المنيع ومدينة سوتاكا المعروفة بمعابدها.",
			[]string{"LOCATION:بانغالارا", "LOCATION:كوريدا", "LOCATION:سوتاكا"}},
		{"a noun with the article names a town, not an area",
			"وصلوا إلى مدينة الحيرة قبل أن ينسحبوا من منطقة الحدود وساحة المعركة.",
			[]string{"LOCATION:الحيرة"}},
		{"a place name that starts like a clitic and the article",
			"وضرب الزلزال منطقة كالاماتا جنوب اليونان، ووصل الوفد إلى مدينة شارلوت بالولايات المتحدة.",
			[]string{"LOCATION:كالاماتا", "COUNTRY:اليونان=GR", "LOCATION:شارلوت", "COUNTRY:الولايات المتحدة=US"}},
		{"a given name is no proclitic and a place",
			"وزوجه ابنته فاطمة في المدينة.",
			nil},
		{"an adjective after a trigger with the article is no place",
			"وصلت المساعدات إلى المدينة المنكوبة وإلى المنطقة المقدسة.",
			nil},
		{"an ordinary word after a trigger is no place",
			"نجحت المدينة مبلغ كبير في جمع التبرعات، وزار مدينة قوانغتشو حاضرة الإقليم.",
			[]string{"LOCATION:قوانغتشو"}},
		{"organization with its head",
			"أعلنت حركة حماس وحزب الله موقفهما.",
			[]string{"ORGANIZATION:حركة حماس", "ORGANIZATION:حزب الله"}},
		{"a head and an unknown name",
			"فاز حزب كاديموس في الانتخابات، وتخرج من معهد فيرلينغتون للتكنولوجيا.",
			[]string{"ORGANIZATION:حزب كاديموس", "ORGANIZATION:معهد فيرلينغتون للتكنولوجيا"}},
		{"an outlet named by an ordinary word",
			"وذكرت صحيفة الحياة أن مراسل الجزيرة غادر الرياض.",
			[]string{"ORGANIZATION:الحياة", "ORGANIZATION:الجزيرة", "LOCATION:الرياض"}},
		{"a trigger is outside the name",
			"وقالت صحيفة هامبرتون إن شركة زيلوترا ستغلق مصانعها.",
			[]string{"ORGANIZATION:هامبرتون", "ORGANIZATION:زيلوترا"}},
		{"an institution named after its city",
			"تخرج في جامعة القاهرة وعمل في بنك فلسطين، ثم حاضر في الجامعة نفسها في القاهرة.",
			[]string{"ORGANIZATION:جامعة القاهرة", "ORGANIZATION:بنك فلسطين", "LOCATION:القاهرة"}},
		{"a hotel or a laboratory is the business named after it",
			"وعقد المؤتمر في فندق بارينغتون، وعمل في معمل كالفرتون.",
			[]string{"ORGANIZATION:بارينغتون", "ORGANIZATION:كالفرتون"}},
		{"a head with the article before a person is no organization",
			"وقال رئيس النادي رامون فيلاسكو إن الفريق جاهز.",
			nil},
		{"an adjective after a head is no name",
			"أقام الجيش مستشفى ميدانيا ومدرسة إعدادية.",
			nil},
		{"a newspaper spoken to",
			"وقال مصدر مطلع لـ«الشرق الأوسط» إن المحادثات مستمرة في الشرق الأوسط.",
			[]string{"ORGANIZATION:الشرق الأوسط", "LOCATION:الشرق الأوسط"}},
		{"a place in quotation marks after its trigger",
			"ولد في مدينة \"برلين\" ثم انتقل إلى ولاية «كاليفورنيا».",
			[]string{"LOCATION:برلين", "LOCATION:كاليفورنيا"}},
		{"a newspaper in quotation marks",
			"ونسبت صحيفة \"الشرق الأوسط\" إلى الوزير قوله إن الوضع في «غزة» صعب.",
			[]string{"ORGANIZATION:الشرق الأوسط", "LOCATION:غزة"}},
		{"a nationality after an organization's own name",
			"وأعلن حزب الله اللبناني أن ريال مدريد الإسباني فاز في المباراة على إشبيلية الإسباني.",
			[]string{"ORGANIZATION:حزب الله", "ORGANIZATION:ريال مدريد", "ORGANIZATION:إشبيلية"}},
		{"a body and a nationality, its head a head of names too",
			"وذكرت وكالة الأنباء المصرية أن البرلمان اللبناني انعقد، ونفى الجيش الأردني الخبر.",
			[]string{"ORGANIZATION:وكالة الأنباء المصرية", "ORGANIZATION:البرلمان اللبناني", "ORGANIZATION:الجيش الأردني"}},
		{"a quoted name after a trigger or a head",
			"ونشرت مجلة الـ\"تيمبوس\" تقريرا عن مصرف «كاسا نوفا» وعن حزب \"الأمل الجديد\".",
			[]string{"ORGANIZATION:تيمبوس", "ORGANIZATION:كاسا نوفا", "ORGANIZATION:الأمل الجديد"}},
		{"an organization's abbreviation after it",
			"ونقلت هيئة الإذاعة البريطانية «بي. بي. سي» الخبر، وأعلن حزب الله \"وعن حزب\" شيئا.",
			[]string{"ORGANIZATION:هيئة الإذاعة البريطانية", "ORGANIZATION:بي. بي. سي", "ORGANIZATION:حزب الله"}},
		{"a name in doubled quotation marks",
			"وقال المدرب لصحيفة '' زيلفر كرونيكل '' إن الفريق جاهز.",
			[]string{"ORGANIZATION:زيلفر كرونيكل"}},
		{"army with a nationality",
			"قال الجيش الأردني إن الحدود آمنة.",
			[]string{"ORGANIZATION:الجيش الأردني"}},
		{"the forces of a listed organization are not part of its name",
			"واشتبكت قوات الأمم المتحدة مع ميليشيات حزب الله قرب الحدود.",
			[]string{"ORGANIZATION:الأمم المتحدة", "ORGANIZATION:حزب الله"}},
		{"an association with the people it unites, but not a head with the article",
			"ودعت نقابة الصحفيين المصريين ورابطة المهندسين إلى الحوار، وقالت النقابة المهنيين إن الأمر انتهى.",
			[]string{"ORGANIZATION:نقابة الصحفيين المصريين", "ORGANIZATION:رابطة المهندسين"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := render(x.Extract(tc.text), ner.Country, ner.Location, ner.Organization)
			for i, s := range got {
				// Values of places are optional: compare LOCATION without them.
				if strings.HasPrefix(s, "LOCATION:") {
					got[i], _, _ = strings.Cut(s, "=")
				}
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

// A place named by an ordinary word (الرمادي، الجليل) is that word after
// an ordinary noun with the article, and the place elsewhere.
func TestAdjectivePlace(t *testing.T) {
	x := extractor(t)
	text := "وتصاعد الدخان الرمادي فوق الرمادي، وزار الصحابي الجليل مدن الجليل."
	assert.Equal(t, lastIndexes(text, "الرمادي", "الجليل"), starts(x.Extract(text)))
}

// An idiom that starts with a place's name names nothing, and neither does
// an inflected word that reads as a proclitic and a place (كسرت) or a
// verb after a relative pronoun (التي تدمر).
func TestIdioms(t *testing.T) {
	x := extractor(t)
	text := "وعاد اللاعب إلى مسقط رأسه في مسقط، وحاول خصومه النيل منه بعد رحلة على النيل. ووقف حماة الوطن في حماة. " +
		"ثم كسرت رجله في سرت، وقال إن الحرب هي التي تدمر تدمر. وأعلنت الشركة حالة القوة القاهرة في القاهرة. " +
		"وبلغ صافي أرباح مصنع صافي مليونين، وأقيمت صلاة المغرب في المغرب."
	assert.Equal(t, lastIndexes(text, "مسقط", "النيل", "حماة", "سرت", "تدمر", "القاهرة", "صافي", "المغرب"), starts(x.Extract(text)))
}

// حماس is also enthusiasm: in an idiom it names nothing.
func TestIdiomOrganization(t *testing.T) {
	x := extractor(t)
	text := "وقال القيادي بحماس إن الحركة مستعدة، وتحدث المدرب بكل حماس عن المباراة."
	assert.Equal(t, []int{strings.Index(text, "بحماس") + len("ب")}, starts(x.Extract(text)))
}

// السعودية and التشيلي name countries and are nisbas too: after a
// feminine or plural noun with the article, or before a name, they are the
// adjective.
func TestCountryOrNisba(t *testing.T) {
	x := extractor(t)
	text := "وخفضت الوكالة تصنيف الديون السيادية السعودية، وقالت السلطات السعودية إن الوفد السعودي زار السعودية أمس. " +
		"وفاز التشيلي فرناندو غونزاليز في الشيلي."
	assert.Equal(t, []string{
		"NATIONALITY:السعودية=SA", "NATIONALITY:السعودية=SA", "NATIONALITY:السعودي=SA", "COUNTRY:السعودية=SA",
		"NATIONALITY:التشيلي=CL", "COUNTRY:الشيلي=CL",
	}, render(x.Extract(text), ner.Country, ner.Nationality))
}

func TestClubsNeedSportContext(t *testing.T) {
	x, err := ner.New(ner.WithEntry("كارديف", gazetteer.Location, "GB"), ner.WithEntry("كارديف", gazetteer.Organization, "club"))
	require.NoError(t, err)
	tests := []struct{ text, want string }{
		{"فاز كارديف على ضيفه في مباراة الدوري أمس.", "ORGANIZATION:كارديف"},
		{"وصل الوفد إلى كارديف صباح الأحد.", "LOCATION:كارديف"},
		{"\n\nوصل الوفد إلى كارديف صباح الأحد.\nوفي الدوري فاز الفريق.", "LOCATION:كارديف"},
		{"انتهت المباراة بالتعادل في الدوري.\nوسجل اللاعب هدفا.\nوقال المدرب إن الفريق تحسن.\nويستعد كارديف للقاء الأحد.", "ORGANIZATION:كارديف"},
	}
	for _, tc := range tests {
		got := render(x.Extract(tc.text), ner.Location, ner.Organization)
		for i, s := range got {
			got[i], _, _ = strings.Cut(s, "=")
		}
		assert.Equal(t, []string{tc.want}, got, tc.text)
	}
}

// A club named by an ordinary word is the club near words of sport and
// nothing elsewhere.
func TestWordClubs(t *testing.T) {
	x := extractor(t)
	tests := []struct {
		text string
		want []string
	}{
		{"فاز الهلال على ضيفه في مباراة الدوري أمس.", []string{"ORGANIZATION:الهلال"}},
		{"ظهر الهلال في السماء مساء الأحد.", nil},
		{"وفي جمعية الهلال أقيمت أمسية شعرية.", nil},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, render(x.Extract(tc.text), ner.Location, ner.Organization), tc.text)
	}
}

// Two people of one family share a surname: each full mention keeps its
// own name, a known surname completes a given name a rule read alone, and
// the surname alone takes the group's fullest name.
func TestPropagationFamily(t *testing.T) {
	x := extractor(t)
	text := "وحضر اللورد جون بيرت المدير العام السابق للهيئة، وحضر ابنه يحيى بيرت الحفل. " +
		"وقال يحيى بيرت إن الدين مهم، وأضاف أن بيرت الأب يدعمه."
	assert.Equal(t, []string{
		"PERSON:جون بيرت", "PERSON:يحيى بيرت", "PERSON:يحيى بيرت", "PERSON:بيرت=جون بيرت",
	}, render(x.Extract(text), ner.Person))
}

// A name that ends before an ordinary word of four letters or more
// propagates its surname; one that ends before a short word may go on
// with it and does not.
func TestPropagationWordEnd(t *testing.T) {
	x := extractor(t)
	text := "جوزيف جون طومسون عالم إنجليزي ولد في مانشستر. وحصل طومسون على جائزة نوبل."
	assert.Equal(t, []string{"PERSON:جوزيف جون طومسون", "PERSON:طومسون=جوزيف جون طومسون"}, render(x.Extract(text), ner.Person))

	// The rules read خوان ميغيل فيلار short of مير: فيلار is no key.
	text = "وتغلب على خوان ميغيل فيلار مير في الانتخابات، وكان فيلار مير مرشحا."
	for _, e := range x.Extract(text) {
		assert.False(t, strings.HasPrefix(text[e.Start:], "فيلار مير مرشحا"), "%s %q", e.Type, e.Text)
	}
}

// A listed person's surname with the article propagates though the
// dictionary has it as a noun; a surname in الله is keyed by its two words.
func TestPropagationListedArticle(t *testing.T) {
	x := extractor(t)
	text := "وأبدت سوريا عبر فيصل المقداد نائب وزير خارجيتها استعدادها، غير أن المقداد أضاف أن الرد تأخر. " +
		"وقال حسن نصر الله إن الحزب مستعد، وأضاف نصر الله أن الله معنا."
	assert.Equal(t, []string{"PERSON:فيصل المقداد", "PERSON:المقداد=فيصل المقداد", "PERSON:حسن نصر الله", "PERSON:نصر الله=حسن نصر الله"},
		render(x.Extract(text), ner.Person))

	// A surname written with ى propagates; only على and إلى are kept out.
	text = "وصل الأمين العام عمرو موسى إلى القاهرة، لكن موسى لم يلق كلمة."
	assert.Equal(t, []string{"PERSON:عمرو موسى", "PERSON:موسى=عمرو موسى"}, render(x.Extract(text), ner.Person))
}

// بن and ابن are one particle in a known name's propagation.
func TestPropagationBin(t *testing.T) {
	x := extractor(t)
	text := "وكان القائد سعد بن أبي وقاص في الجيش. وقد شهد سعد ابن أبي وقاص المعركة."
	assert.Equal(t, []string{"PERSON:سعد بن أبي وقاص", "PERSON:سعد ابن أبي وقاص"}, render(x.Extract(text), ner.Person))
}

// A surname names the person within an article's length of a full
// mention, not in a story further down the same text.
func TestPropagationWindow(t *testing.T) {
	x := extractor(t)
	intro := "وصل الرئيس الكيني صامويل أوتينو إلى القاهرة. وقال أوتينو إن الزيارة مهمة.\n"
	filler := strings.Repeat("ارتفعت الأسعار في السوق اليوم.\n", 250) // 1500 tokens
	got := render(x.Extract(intro+filler+"وفي خبر آخر، شكر أوتينو الحضور.\n"), ner.Person)
	assert.Equal(t, []string{"PERSON:صامويل أوتينو", "PERSON:أوتينو=صامويل أوتينو"}, got)
}

// A place that only a trigger made known is found again alone, behind a
// proclitic too, within an article's length; a name that goes on with an
// unknown word is not cut, and a trigger's ordinary word is not carried.
func TestPlacePropagation(t *testing.T) {
	x := extractor(t)
	text := "وصلت القوات إلى بلدة كوستانا الواقعة على النهر. ورغم حصانة كوستانا سقطت، وانسحب الجنود من وكوستانا أيضا. " +
		"وتحدث رئيس كوستانا انترناشونال للصحفيين. وفي منطقة الحدود اشتباكات، وأغلقت الحدود أمس."
	assert.Equal(t, []string{"LOCATION:كوستانا", "LOCATION:كوستانا", "LOCATION:كوستانا"}, render(x.Extract(text), ner.Location))

	filler := strings.Repeat("ارتفعت الأسعار في السوق اليوم.\n", 250) // 1500 tokens
	got := render(x.Extract("وصلت القوات إلى بلدة كوستانا.\n"+filler+"وفي خبر آخر، زار الوفد كوستانا.\n"), ner.Location)
	assert.Equal(t, []string{"LOCATION:كوستانا"}, got)
}
