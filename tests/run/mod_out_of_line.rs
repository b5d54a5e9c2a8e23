// Out-of-line modules: `mod shapes;` inside the inline module `mod_files` loads
// mod_files/shapes.rs (or mod_files/shapes/mod.rs), and that file's `mod circle;` loads
// mod_files/shapes/circle.rs, as rustc does.
mod mod_files {
    pub mod shapes;
    pub mod util;
}

fn main() {
    println!("{}", mod_files::shapes::square_area(4));
    println!("{}", mod_files::shapes::circle::diameter(5));
    println!("{}", mod_files::util::twice(21));
}
