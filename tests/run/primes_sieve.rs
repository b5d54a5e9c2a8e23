// Sieve of Eratosthenes over a fixed array.
fn main() {
    const N: usize = 200;
    let mut composite = [false; N];
    let mut i = 2;
    while i * i < N {
        if !composite[i] {
            let mut j = i * i;
            while j < N {
                composite[j] = true;
                j += i;
            }
        }
        i += 1;
    }
    let mut count = 0;
    for n in 2..N {
        if !composite[n] {
            print!("{} ", n);
            count += 1;
        }
    }
    println!();
    println!("{} primes below {}", count, N);
}
