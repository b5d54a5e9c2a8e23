#[rustfmt::skip]
fn  keep( a:u8 ) {  let  x=1 ; }

fn fix( a:u8 ) {  let  x=1 ; }
