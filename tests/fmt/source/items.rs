pub struct Point<T:Clone>{x:T,y:T}

pub(crate) enum Shape{Circle(f64),Square{side:f64},Empty}

impl<T:Clone+Default> Point<T> where T:Copy{
    pub fn new(x:T,y:T)->Self{Point{x,y}}

    fn get(&self)->&T{&self.x}
}

trait Area{fn area(&self)->f64;}

const MAX:usize=10;
static mut COUNT:u32=0;
type Pair<'a>=(&'a str,&'a str);
