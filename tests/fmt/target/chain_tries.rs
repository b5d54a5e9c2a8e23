fn f() {
    let expr = parser
        .parse(pat)
        .map_err(|e| Error::Syntax(e.to_string()))?;
    let expr = parser.parse(pa).map_err(|e| Error::Syntax(e.to_string()))?;
    let expr = parser.parse(p).map_err(|e| Error::Syntax(e.to_string()))?;
    let expr = parser.parse(pat).map_err(|e| Error::Syntax(e.to_string()));
    let expr = parser.parse(pa).map_err(|e| Error::Syntax(e.to_string()));
    expr = parser
        .parse(pat)
        .map_err(|e| Error::Syntax(e.to_string()))?;
    parser
        .parse(pat)
        .map_err(|e| Error::Syntax(e.to_string()))?;
    parser
        .parse(pat)
        .map_err(|e| Error::Syntax(e.to_stringxx()));
}
