fn f((a, b): (u8, u8), S { x, .. }: S, [c, d @ ..]: [u8; 4], &mut e: &mut u8, box f: Box<u8>) { let (mut a, ref b) = c; let 0..=9 = d else { return }; let x @ Some(_) = y; }
