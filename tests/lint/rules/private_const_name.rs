// User rule `private-const-name` (tests/lint/rules/.rustg/rules/private-const-name.yml): `substring`,
// `replace` and `convert` transforms chained in the fix.

const _max__len: usize = 8;

pub const NOT_MATCHING: usize = _max__len;
