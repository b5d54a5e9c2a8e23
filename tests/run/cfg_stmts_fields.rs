// #[cfg] on statements, struct fields, enum variants and match arms; cfg!() as a value.
struct Config {
    #[cfg(unix)]
    path: &'static str,
    #[cfg(windows)]
    drive: char,
    size: u32,
}

#[derive(Debug)]
enum Os {
    #[cfg(target_os = "linux")]
    Linux,
    #[cfg(target_os = "macos")]
    Mac,
    Other,
}

fn main() {
    let c = Config {
        #[cfg(unix)]
        path: "/tmp",
        #[cfg(windows)]
        drive: 'C',
        size: 4,
    };
    println!("{} {}", c.path, c.size);
    let mut n = 0;
    #[cfg(unix)]
    {
        n += 1;
    }
    #[cfg(windows)]
    {
        n += 100;
    }
    println!("{}", n);
    let o = Os::Linux;
    match o {
        #[cfg(target_os = "linux")]
        Os::Linux => println!("linux"),
        _ => println!("{:?}", Os::Other),
    }
    if cfg!(target_endian = "little") {
        println!("little endian");
    }
    println!("{} {}", cfg!(unix), cfg!(windows));
}
