fn f() {
  let x = if a { b } else if c { d } else { e };
  match x { 0 | 1 => {}, 2..=5 if y => (), Some(ref mut z) => z, S { a, b: _, .. } => 1, [first, .., last] => 2, _ => unreachable!() }
  let c = |a, b: u8| -> u8 { a + b }; let d = move || x; let e = async move { x.await? };
  while let Some(x) = it.next() { continue; } loop { break 5; } for (i, j) in z.iter().enumerate() {}
  let s = S { a: 1, ..Default::default() }; let t = (1,); let u = [1, 2, 3]; let v = &mut *x; x?.y.0.z();
  return; unsafe { *p = 1 }; const { 1 }; let _ = try { 1 }; box 5; yield 1; become f();
  let Some(x) = y else { return };
  if let Some(a) = b && let Some(c) = d {}
}
