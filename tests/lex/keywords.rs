// Strict and reserved keywords of Rust 2021; weak keywords are identifiers.
as break const continue crate else enum extern false fn for if impl in let loop match mod move mut
pub ref return self Self static struct super trait true type unsafe use where while async await dyn
abstract become box do final macro override priv typeof unsized virtual yield try
union macro_rules auto default raw safe
selfish Selfie asynchronous r#fn r#async r#try r#union
