// Signed division truncates toward zero; remainder takes the sign of the dividend.
fn main() {
    let nums = [7, -7, 7, -7, 0, 1, -1];
    let dens = [2, 2, -2, -2, 3, 5, 5];
    let mut i = 0;
    while i < 7 {
        println!("{} / {} = {}, {} % {} = {}", nums[i], dens[i], nums[i] / dens[i], nums[i], dens[i], nums[i] % dens[i]);
        i += 1;
    }
    println!("{}", (-7i32).rem_euclid(2));
    println!("{}", (-7i32).div_euclid(2));
    println!("{}", 255u8 / 16);
    println!("{}", 255u8 % 16);
}
