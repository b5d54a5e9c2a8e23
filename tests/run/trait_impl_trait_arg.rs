// `impl Trait` in argument position is an anonymous type parameter.
trait Score {
    fn score(&self) -> u32;
}

struct Word {
    letters: u32,
}

impl Score for Word {
    fn score(&self) -> u32 {
        self.letters * 2
    }
}

impl Score for u32 {
    fn score(&self) -> u32 {
        *self
    }
}

fn print_score(x: &impl Score) {
    println!("score {}", x.score());
}

fn sum_scores(a: impl Score, b: impl Score) -> u32 {
    a.score() + b.score()
}

fn main() {
    print_score(&Word { letters: 4 });
    print_score(&9u32);
    println!("{}", sum_scores(Word { letters: 1 }, 5u32));
}
