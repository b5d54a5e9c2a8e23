// #[cfg] on items: rustc's cfg set for x86_64 Linux, with all/any/not.
#[cfg(unix)]
fn platform() -> &'static str {
    "unix"
}

#[cfg(windows)]
fn platform() -> &'static str {
    "windows"
}

#[cfg(target_pointer_width = "64")]
const WIDTH: u32 = 64;

#[cfg(target_pointer_width = "32")]
const WIDTH: u32 = 32;

#[cfg(all(target_os = "linux", target_arch = "x86_64"))]
fn arch() -> &'static str {
    "linux-x86_64"
}

#[cfg(not(all(target_os = "linux", target_arch = "x86_64")))]
fn arch() -> &'static str {
    "other"
}

#[cfg(any(test, feature = "extra"))]
fn extra() {
    println!("extra");
}

#[cfg(test)]
mod tests {
    #[test]
    fn it_works() {
        assert_eq!(2 + 2, 4);
    }
}

fn main() {
    println!("{} {} {}", platform(), WIDTH, arch());
}
