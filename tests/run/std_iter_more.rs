// Iterator adaptors and sources beyond the basics: flatten, map_while, cycle, try_fold and
// try_for_each, rfold, once/empty/repeat, enumerate and chunks from the back, split_at_mut.
fn main() {
    let nested = vec![vec![1, 2], vec![], vec![3]];
    let flat: Vec<i32> = nested.into_iter().flatten().collect();
    println!("{:?}", flat);
    let opts = vec![Some(1), None, Some(3)];
    println!("{:?}", opts.into_iter().flatten().collect::<Vec<_>>());
    println!("{:?}", Some(Some(5)).into_iter().flatten().collect::<Vec<i32>>());
    let evens: Vec<u32> = [2u32, 4, 5, 6].iter().map_while(|&x| if x % 2 == 0 { Some(x / 2) } else { None }).collect();
    println!("{:?}", evens);
    println!("{:?}", (1..4).cycle().take(8).collect::<Vec<_>>());
    let sum = [1u8, 2, 3].iter().try_fold(0u8, |acc, &x| acc.checked_add(x));
    let over = [200u8, 100].iter().try_fold(0u8, |acc, &x| acc.checked_add(x));
    println!("{:?} {:?}", sum, over);
    let res: Result<i32, String> = (1..=4).try_fold(1, |acc, x| if x < 4 { Ok(acc * x) } else { Err(format!("stop at {}", x)) });
    println!("{:?}", res);
    let mut seen = Vec::new();
    let r = (1..10).try_for_each(|x| {
        if x > 3 {
            return Err(x);
        }
        seen.push(x);
        Ok(())
    });
    println!("{:?} {:?}", r, seen);
    let digits = [1, 2, 3].iter().rfold(String::new(), |mut acc, d| {
        acc.push_str(&d.to_string());
        acc
    });
    println!("{}", digits);
    let v: Vec<i32> = std::iter::once(1).chain(std::iter::repeat(7).take(2)).chain(std::iter::empty()).collect();
    println!("{:?}", v);
    println!("{:?}", ['x', 'y', 'z'].iter().enumerate().rev().collect::<Vec<_>>());
    let data = [1, 2, 3, 4, 5, 6, 7];
    println!("{:?}", data.chunks(3).rev().collect::<Vec<_>>());
    println!("{:?}", data.chunks_exact(3).rev().collect::<Vec<_>>());
    let mut arr = [1, 2, 3, 4, 5];
    {
        let (left, right) = arr.split_at_mut(2);
        left[0] = right[2];
        right[0] = 30;
    }
    if let Some((first, rest)) = arr.split_first_mut() {
        *first += rest.len() as i32;
    }
    if let Some((last, _)) = arr.split_last_mut() {
        *last = -1;
    }
    println!("{:?}", arr);
    let names: Vec<String> = ["ann", "bo"].iter().copied().map(String::from).collect();
    println!("{:?}", names);
    let pairs: Vec<(i32, char)> = [1, 2].iter().flat_map(|&n| ['a', 'b'].iter().map(move |&c| (n, c))).collect();
    println!("{:?}", pairs);
}
