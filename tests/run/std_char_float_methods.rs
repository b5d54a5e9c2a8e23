// char classification and conversion (ASCII and Unicode), and f64/f32 methods.
fn main() {
    let cs = ['a', 'Z', '7', ' ', '\n', 'é', 'Σ', '٣', '_', '!', '\u{1F600}', 'ǅ'];
    for c in cs {
        println!(
            "{:?} alpha={} num={} ws={} up={} low={} alnum={} ctrl={} ascii={} len={}",
            c,
            c.is_alphabetic(),
            c.is_numeric(),
            c.is_whitespace(),
            c.is_uppercase(),
            c.is_lowercase(),
            c.is_alphanumeric(),
            c.is_control(),
            c.is_ascii(),
            c.len_utf8()
        );
        println!(
            "  punct={} hex={} graphic={} aup={} alow={} {} {}",
            c.is_ascii_punctuation(),
            c.is_ascii_hexdigit(),
            c.is_ascii_graphic(),
            c.to_ascii_uppercase(),
            c.to_ascii_lowercase(),
            c.is_ascii_alphanumeric(),
            c.is_ascii_whitespace()
        );
    }
    println!("{:?} {:?} {:?} {:?}", '9'.to_digit(10), 'f'.to_digit(16), 'z'.to_digit(36), 'g'.to_digit(16));
    println!("{} {}", 'F'.is_digit(16), 'a'.eq_ignore_ascii_case(&'A'));
    let xs: [f64; 7] = [2.5, -2.5, 0.49999, -0.0, 1e300, f64::INFINITY, f64::NAN];
    for x in xs {
        println!(
            "{}: fract {} signum {} neg {} pos {} finite {} inf {} normal {} bits {:#x}",
            x,
            x.fract(),
            x.signum(),
            x.is_sign_negative(),
            x.is_sign_positive(),
            x.is_finite(),
            x.is_infinite(),
            x.is_normal(),
            x.to_bits()
        );
    }
    let y = 0.75f64;
    println!("{} {} {} {}", y.tan(), y.asin(), y.acos(), y.atan());
    println!("{} {} {}", y.sinh(), y.cosh(), y.tanh());
    println!("{} {} {}", 1000.0f64.log10(), 8.0f64.log2(), 3.0f64.exp2());
    println!("{} {} {}", '\u{2003}'.is_whitespace(), '\u{2003}'.is_alphanumeric(), '\u{85}'.is_control());
    println!("{} {}", 1e-10f64.exp_m1(), 1e-10f64.ln_1p());
    println!("{} {} {}", 1.0f64.atan2(-1.0), 5.0f64.hypot(12.0), 100.0f64.log(10.0));
    println!("{} {}", 90.0f64.to_radians(), std::f64::consts::PI.to_degrees());
    println!("{} {}", 90.0f32.to_radians(), 1.0f32.to_degrees());
    println!("{} {} {}", 9.0f64.mul_add(2.0, 1.0), 2.0f64.clamp(0.0, 1.0), (-3.0f64).copysign(1.0));
    println!("{} {}", (-7.5f64).rem_euclid(2.0), (-7.5f64).div_euclid(2.0));
    println!("{} {}", 4.0f64.recip(), 1.5f32.to_bits());
}
