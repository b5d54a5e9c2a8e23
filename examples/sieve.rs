// Primes by the sieve of Eratosthenes over a fixed-size array, summed and counted.
const N: usize = 2_000_000;

fn main() {
    let mut composite = [false; N];
    let mut count = 0u32;
    let mut sum = 0u64;
    let mut rounds = 0;
    while rounds < 10 {
        count = 0;
        sum = 0;
        for i in 0..N {
            composite[i] = false;
        }
        let mut i = 2;
        while i < N {
            if !composite[i] {
                count += 1;
                sum += i as u64;
                let mut j = i * i;
                while j < N {
                    composite[j] = true;
                    j += i;
                }
            }
            i += 1;
        }
        rounds += 1;
    }
    println!("{} primes below {}, sum {}", count, N, sum);
}
