#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Idle,
    Running { speed: u32 },
    Done(bool),
}

impl State {
    fn next(self) -> State {
        match self {
            State::Idle => State::Running { speed: 1 },
            State::Running { speed } if speed >= 8 => State::Done(true),
            State::Running { speed } => State::Running { speed: speed * 2 },
            State::Done(_) => State::Idle,
        }
    }

    fn is_done(&self) -> bool {
        if let State::Done(ok) = self {
            *ok
        } else {
            false
        }
    }
}

fn main() {
    let mut s = State::Idle;
    let mut steps = 0;
    while !s.is_done() {
        println!("{:?}", s);
        s = s.next();
        steps += 1;
    }
    println!("{:?} after {} steps", s, steps);
    println!("{:#?}", State::Running { speed: 3 });
}
