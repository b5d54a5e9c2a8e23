// std::convert's free functions (From/Into are checker built-ins, convert_checker.inc).

pub fn identity<T>(x: T) -> T {
    x
}
