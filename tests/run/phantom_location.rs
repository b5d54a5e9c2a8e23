// std::marker::PhantomData as a field and a value (Clone, Copy, PartialEq, Default), std's
// `Box<T>: From<T>`, and std::panic::Location::caller() through `#[track_caller]` functions
// (a tracked function calling another passes its own caller's location on).
use std::marker::PhantomData;
use std::panic::Location;

#[derive(Clone, Copy)]
struct Km;

#[derive(Clone, Copy)]
struct Length<U> {
    value: f64,
    unit: PhantomData<U>,
}

impl<U> Length<U> {
    fn new(value: f64) -> Self {
        Length { value, unit: PhantomData }
    }
    fn add(self, other: Length<U>) -> Length<U> {
        Length::new(self.value + other.value)
    }
}

struct Tagged<'a>(PhantomData<&'a ()>, u32);

#[track_caller]
fn line_of_call() -> u32 {
    Location::caller().line()
}

#[track_caller]
fn outer() -> (u32, u32, u32) {
    let l = Location::caller();
    (l.line(), l.column(), line_of_call())
}

fn main() {
    let a: Length<Km> = Length::new(2.5);
    let b = a;
    println!("{}", a.add(b).value);
    let t = Tagged(PhantomData, 7);
    println!("{}", t.1);
    let p: PhantomData<i32> = Default::default();
    let q = p.clone();
    println!("{}", p == q);
    let boxed: Box<i64> = 40.into();
    println!("{}", *boxed + 2);
    let here = Location::caller();
    println!("{} {} {}", here.file(), here.line(), here.column());
    println!("{}", line_of_call());
    println!("{:?}", outer());
    println!("{}", Location::caller());
}
