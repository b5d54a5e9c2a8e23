// Consts and statics need a type.
const A = 1;
static B = 2;
