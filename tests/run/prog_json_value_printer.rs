// A recursive JSON-like value (enum with Box/Vec/BTreeMap) printed compactly and indented.
use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum Value {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    List(Vec<Value>),
    Obj(BTreeMap<String, Value>),
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Value::Null => write!(f, "null"),
            Value::Bool(b) => write!(f, "{}", b),
            Value::Num(n) => write!(f, "{}", n),
            Value::Str(s) => write!(f, "\"{}\"", s.replace('"', "\\\"")),
            Value::List(v) => {
                write!(f, "[")?;
                for (i, x) in v.iter().enumerate() {
                    if i > 0 {
                        write!(f, ",")?;
                    }
                    write!(f, "{}", x)?;
                }
                write!(f, "]")
            }
            Value::Obj(m) => {
                write!(f, "{{")?;
                for (i, (k, v)) in m.iter().enumerate() {
                    if i > 0 {
                        write!(f, ",")?;
                    }
                    write!(f, "\"{}\":{}", k, v)?;
                }
                write!(f, "}}")
            }
        }
    }
}

fn pretty(v: &Value, indent: usize, out: &mut String) {
    let pad = "  ".repeat(indent);
    match v {
        Value::List(items) if !items.is_empty() => {
            out.push_str("[\n");
            for (i, x) in items.iter().enumerate() {
                out.push_str(&pad);
                out.push_str("  ");
                pretty(x, indent + 1, out);
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            out.push_str(&pad);
            out.push(']');
        }
        Value::Obj(m) if !m.is_empty() => {
            out.push_str("{\n");
            for (i, (k, x)) in m.iter().enumerate() {
                out.push_str(&format!("{}  \"{}\": ", pad, k));
                pretty(x, indent + 1, out);
                out.push_str(if i + 1 < m.len() { ",\n" } else { "\n" });
            }
            out.push_str(&pad);
            out.push('}');
        }
        other => out.push_str(&other.to_string()),
    }
}

fn depth(v: &Value) -> usize {
    match v {
        Value::List(items) => 1 + items.iter().map(depth).max().unwrap_or(0),
        Value::Obj(m) => 1 + m.values().map(depth).max().unwrap_or(0),
        _ => 0,
    }
}

fn main() {
    let mut inner = BTreeMap::new();
    inner.insert("z".to_string(), Value::Null);
    inner.insert("a".to_string(), Value::List(vec![Value::Num(1.5), Value::Bool(false), Value::List(vec![])]));
    let mut top = BTreeMap::new();
    top.insert("name".to_string(), Value::Str("say \"hi\"".to_string()));
    top.insert("inner".to_string(), Value::Obj(inner));
    top.insert("count".to_string(), Value::Num(3.0));
    let v = Value::Obj(top);
    println!("{}", v);
    let mut s = String::new();
    pretty(&v, 0, &mut s);
    println!("{}", s);
    println!("depth {}", depth(&v));
    println!("{}", v.clone() == v);
}
