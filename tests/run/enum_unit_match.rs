// Fieldless enums: match, discriminants and casts.
#[derive(Clone, Copy)]
enum Dir {
    North,
    East,
    South,
    West,
}

enum Code {
    Ok = 200,
    NotFound = 404,
    Teapot = 418,
}

fn turn(d: Dir) -> Dir {
    match d {
        Dir::North => Dir::East,
        Dir::East => Dir::South,
        Dir::South => Dir::West,
        Dir::West => Dir::North,
    }
}

fn name(d: Dir) -> &'static str {
    match d {
        Dir::North => "N",
        Dir::East => "E",
        Dir::South => "S",
        Dir::West => "W",
    }
}

fn main() {
    let mut d = Dir::North;
    for _ in 0..6 {
        print!("{} ", name(d));
        d = turn(d);
    }
    println!();
    println!("{} {} {}", Code::Ok as i32, Code::NotFound as i32, Code::Teapot as u16);
    println!("{} {}", Dir::West as u8, Dir::North as i64);
}
