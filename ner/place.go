package ner

// places adds LOCATION candidates after place triggers (مدينة، بلدة،
// محافظة …): the trigger is outside the span, the name after it is a place
// even when no list has it. (Filled in with the accuracy work.)
func (st *state) places() {}
