// Every punctuation token, and maximal munch where tokens share a prefix.
+ - * / % ^ ! & | && || << >> += -= *= /= %= ^= &= |= <<= >>=
= == != > < >= <= @ _ . .. ... ..= , ; : :: -> => <- # $ ? ~
{ } [ ] ( )
a<<=b>>=c...d..=e..f.g::h->i=>j<-k!=l
<<< >>> ==> ...= ..== ::: &&& |||
x.0.1
