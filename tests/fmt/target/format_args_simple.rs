fn main() {
    if index >= v.len() {
        panic!(
            "partition_at_index index {} greater than length of slice {} xxxxxxxxxxxx",
            index, len
        );
        panic!(
            "partition_at_index index {} greater than length of slice {} xxxxxxxxxxxx",
            index,
            v.len()
        );
        panic!(
            "partition_at_index index {} greater than length of slice {} xxxxxxxxxxxx",
            &index, -len as u8
        );
        assert!(
            aaaaaaaaaaa.bbbbbbbbbbbbbbbb(),
            "partition_at_index index {} greater than length of slice {}",
            index,
            len
        );
        writeln!(
            output,
            "{}, {} xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            plural(ntest, "test"),
            plural(nbench, "benchmark")
        )?;
    }
    let x: Box<dyn for<'a> ::core::ops::AddAssign<&'a X> + ::core::cmp::PartialOrd<X>>;
    let y: Extend<<<I as IntoIterator>::Item as IntoIterator>::Item>;
}
