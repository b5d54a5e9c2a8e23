// derive(Debug) output for structs, tuple structs, unit structs, enums and nesting, compact and pretty.
#[derive(Debug)]
struct Unit;

#[derive(Debug)]
struct Tuple(i32, &'static str);

#[derive(Debug)]
struct Named {
    id: u32,
    tags: Vec<String>,
    parent: Option<Box<Named>>,
}

#[derive(Debug)]
enum E {
    A,
    B(i32, f64),
    C { x: char, y: (u8, bool) },
}

fn main() {
    println!("{:?}", Unit);
    println!("{:?}", Tuple(-1, "q\"uote"));
    let n = Named { id: 1, tags: vec!["a".into(), "b".into()], parent: Some(Box::new(Named { id: 0, tags: vec![], parent: None })) };
    println!("{:?}", n);
    println!("{:#?}", n);
    println!("{:?}", [E::A, E::B(2, 0.5), E::C { x: '\n', y: (9, true) }]);
    println!("{:#?}", E::C { x: 'z', y: (1, false) });
    println!("{:#?}", Tuple(5, "x"));
    println!("{:#?}", (1, "two"));
    println!("{:#?}", Vec::<i32>::new());
}
