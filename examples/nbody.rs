// The n-body simulation of the Computer Language Benchmarks Game (Jovian planets), with structs,
// arrays, methods and floating point; prints the system's energy before and after.
const PI: f64 = 3.141592653589793;
const SOLAR_MASS: f64 = 4.0 * PI * PI;
const DAYS_PER_YEAR: f64 = 365.24;

#[derive(Clone, Copy)]
struct Body {
    x: f64,
    y: f64,
    z: f64,
    vx: f64,
    vy: f64,
    vz: f64,
    mass: f64,
}

fn body(x: f64, y: f64, z: f64, vx: f64, vy: f64, vz: f64, mass: f64) -> Body {
    Body {
        x,
        y,
        z,
        vx: vx * DAYS_PER_YEAR,
        vy: vy * DAYS_PER_YEAR,
        vz: vz * DAYS_PER_YEAR,
        mass: mass * SOLAR_MASS,
    }
}

struct System {
    bodies: [Body; 5],
}

impl System {
    fn new() -> System {
        let sun = body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0);
        let jupiter = body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
                           1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
                           9.54791938424326609e-04);
        let saturn = body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
                          -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
                          2.85885980666130812e-04);
        let uranus = body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
                          2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
                          4.36624404335156298e-05);
        let neptune = body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
                           2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
                           5.15138902046611451e-05);
        let mut s = System { bodies: [sun, jupiter, saturn, uranus, neptune] };
        s.offset_momentum();
        s
    }

    fn offset_momentum(&mut self) {
        let mut px = 0.0;
        let mut py = 0.0;
        let mut pz = 0.0;
        for b in &self.bodies {
            px += b.vx * b.mass;
            py += b.vy * b.mass;
            pz += b.vz * b.mass;
        }
        self.bodies[0].vx = -px / SOLAR_MASS;
        self.bodies[0].vy = -py / SOLAR_MASS;
        self.bodies[0].vz = -pz / SOLAR_MASS;
    }

    fn energy(&self) -> f64 {
        let mut e = 0.0;
        for i in 0..5 {
            let b = self.bodies[i];
            e += 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz);
            for j in i + 1..5 {
                let c = self.bodies[j];
                let dx = b.x - c.x;
                let dy = b.y - c.y;
                let dz = b.z - c.z;
                e -= b.mass * c.mass / (dx * dx + dy * dy + dz * dz).sqrt();
            }
        }
        e
    }

    fn advance(&mut self, dt: f64) {
        for i in 0..5 {
            for j in i + 1..5 {
                let dx = self.bodies[i].x - self.bodies[j].x;
                let dy = self.bodies[i].y - self.bodies[j].y;
                let dz = self.bodies[i].z - self.bodies[j].z;
                let d2 = dx * dx + dy * dy + dz * dz;
                let mag = dt / (d2 * d2.sqrt());
                let mj = self.bodies[j].mass * mag;
                let mi = self.bodies[i].mass * mag;
                self.bodies[i].vx -= dx * mj;
                self.bodies[i].vy -= dy * mj;
                self.bodies[i].vz -= dz * mj;
                self.bodies[j].vx += dx * mi;
                self.bodies[j].vy += dy * mi;
                self.bodies[j].vz += dz * mi;
            }
        }
        for b in &mut self.bodies {
            b.x += dt * b.vx;
            b.y += dt * b.vy;
            b.z += dt * b.vz;
        }
    }
}

fn main() {
    let mut system = System::new();
    println!("{:.9}", system.energy());
    for _ in 0..5_000_000 {
        system.advance(0.01);
    }
    println!("{:.9}", system.energy());
}
