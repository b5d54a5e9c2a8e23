#!/bin/shebang
fn main() {}
