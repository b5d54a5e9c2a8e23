// Associated statics and foreign consts are rejected by the parser.
trait T { static X: u8; }
extern "C" { const Y: u8; }
