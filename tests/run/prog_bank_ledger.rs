// A small ledger: accounts in a Vec, transfers returning Result, error enum with Display.
use std::fmt;

#[derive(Debug)]
enum TxError {
    NoAccount(usize),
    Insufficient { need: u64, have: u64 },
    SameAccount,
}

impl fmt::Display for TxError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            TxError::NoAccount(i) => write!(f, "no account #{}", i),
            TxError::Insufficient { need, have } => write!(f, "need {} but have {}", need, have),
            TxError::SameAccount => write!(f, "cannot transfer to the same account"),
        }
    }
}

struct Bank {
    balances: Vec<u64>,
    log: Vec<String>,
}

impl Bank {
    fn transfer(&mut self, from: usize, to: usize, amount: u64) -> Result<(), TxError> {
        if from == to {
            return Err(TxError::SameAccount);
        }
        let have = *self.balances.get(from).ok_or(TxError::NoAccount(from))?;
        self.balances.get(to).ok_or(TxError::NoAccount(to))?;
        if have < amount {
            return Err(TxError::Insufficient { need: amount, have });
        }
        self.balances[from] -= amount;
        self.balances[to] += amount;
        self.log.push(format!("{}->{}:{}", from, to, amount));
        Ok(())
    }
}

fn main() {
    let mut b = Bank { balances: vec![100, 50, 0], log: vec![] };
    let txs = [(0, 1, 30), (1, 2, 100), (2, 2, 1), (0, 5, 1), (1, 2, 80), (2, 0, 40)];
    for (f, t, a) in txs {
        match b.transfer(f, t, a) {
            Ok(()) => println!("ok {:?}", b.balances),
            Err(e) => println!("error: {}", e),
        }
    }
    println!("{:?} total {}", b.log, b.balances.iter().sum::<u64>());
}
