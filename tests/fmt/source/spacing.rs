fn  main( ){
    let x=1+2*3;
    let y = - x ;
    let z=!true&&x>1||x<= 2;
    let r=& x;
    let m=&mut y ;
    let d=* r;
    let v:Vec<Vec<u8>>=Vec::new();
    let t=( 1 , 2 );
    let a=[ 1,2,3 ];
    let s=&a[ 1.. ];
    let q=a . len ( ) ;
    let w = x as u64 ;
    if x>1 { foo( & x ) } else { bar ( ) }
}
