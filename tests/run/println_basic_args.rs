// println!/print! argument forms: positional, named, inline, escapes, Debug.
fn main() {
    let name = "Ferris";
    let age = 7;
    println!("{} is {} years old", name, age);
    println!("{0} {1} {0}", "a", "b");
    println!("{n} has {legs} legs", n = "crab", legs = 10);
    println!("{name} again, {age}");
    println!("braces {{}} and {{{}}}", 5);
    print!("no newline ");
    print!("then newline\n");
    println!();
    println!("{:?} {:?} {:?}", "quoted", 'c', 1.5);
    println!("{}", "tab\there");
    println!("unicode \u{1F980} \u{e9}");
    let v = [1, 2, 3];
    println!("{:?}", v);
    println!("{}{}{}", 1, 2, 3);
}
