// An enum as a small state machine driven by a loop over an array of inputs.
#[derive(Clone, Copy, PartialEq)]
enum State {
    Start,
    InNumber,
    Done,
}

fn main() {
    let input = [b'a', b'1', b'2', b' ', b'3', b'x', b'4', b'5', b'6', b'.'];
    let mut state = State::Start;
    let mut current = 0;
    let mut numbers = 0;
    let mut total = 0;
    for c in input {
        if state == State::Done {
            break;
        }
        state = match (state, c) {
            (_, b'.') => {
                if current > 0 {
                    numbers += 1;
                    total += current;
                }
                State::Done
            }
            (State::Start, b'0'..=b'9') => {
                current = (c - b'0') as i32;
                State::InNumber
            }
            (State::InNumber, b'0'..=b'9') => {
                current = current * 10 + (c - b'0') as i32;
                State::InNumber
            }
            (State::InNumber, _) => {
                numbers += 1;
                total += current;
                current = 0;
                State::Start
            }
            (s, _) => s,
        };
    }
    println!("numbers {} total {}", numbers, total);
    println!("{}", state == State::Done);
}
