//! Shared fixtures for the integration tests: Nathan's model in SI and batch builders.
#![allow(dead_code)]

use ballflight::{BF_DRAG_CRISIS, BF_DRAG_NATHAN, BF_DRAG_TABLE, BfParams};
use ballflight::columns::*;

pub const FT: f64 = 0.3048;
pub const MPH: f64 = 0.44704;
pub const RPM: f64 = 2.0 * std::f64::consts::PI / 60.0;

/// Air density on the standard day (70 F, sea level, 29.92 inHg, 50 % RH) from Nathan's formula.
pub const RHO_STANDARD: f64 = 1.194432368122221;

/// Nathan's ball and aerodynamics at step `dt`, 15 s limit.
pub fn nathan_params(dt: f64) -> BfParams {
    let tau = 10000.0;
    BfParams {
        dt,
        max_steps: (15.0 / dt - 1e-9).ceil() as i64,
        gravity: 32.174 * FT,
        radius: 9.125 * 0.0254 / (2.0 * std::f64::consts::PI),
        cd0: 0.3008,
        cd_spin_per_rad_per_s: 0.0292 / (1000.0 * RPM),
        cl0: 0.583,
        cl1: 2.333,
        cl2: 1.120,
        decay_half_step: (-dt / (2.0 * tau)).exp(),
        decay_full_step: (-dt / tau).exp(),
        shear_min_height: FT,
        drag_model: BF_DRAG_NATHAN,
        crisis_cd_delta: 0.0,
        crisis_speed: 0.0,
        crisis_exp_scale: 1.0,
        table: std::ptr::null(),
        table_speed_count: 0,
        table_spin_count: 0,
        table_speed_scale: 0.0,
        table_spin_scale: 0.0,
        spin_decay_per_s: 1.0 / tau,
        tolerance_m: 0.0,
    }
}

/// The crisis model as `AeroParameters.CRISIS` sets it.
#[allow(dead_code)]
pub fn crisis_params(dt: f64) -> BfParams {
    BfParams {
        cd0: 0.20,
        drag_model: BF_DRAG_CRISIS,
        crisis_cd_delta: 0.20,
        crisis_speed: 35.0,
        crisis_exp_scale: std::f64::consts::LOG2_E / 5.0,
        ..nathan_params(dt)
    }
}

/// Speed and spin nodes of the test table (as `CoefficientTable`: 0..70 m/s, 0..700 rad/s).
pub const TABLE_SPEEDS: usize = 71;
pub const TABLE_SPINS: usize = 15;

/// The crisis law's `Cd` at the grid nodes (computed with `f64::exp`, so close to, not bit-equal
/// with, Java's table; these tests compare the Rust paths with each other).
pub fn crisis_table_values() -> Vec<f64> {
    let p = crisis_params(0.001);
    let mut cd = Vec::with_capacity(TABLE_SPEEDS * TABLE_SPINS);
    for j in 0..TABLE_SPINS {
        let omega = 700.0 * j as f64 / (TABLE_SPINS - 1) as f64;
        for i in 0..TABLE_SPEEDS {
            let v = 70.0 * i as f64 / (TABLE_SPEEDS - 1) as f64;
            cd.push(p.cd0 + p.cd_spin_per_rad_per_s * omega + p.crisis_cd_delta / (1.0 + ((v - 35.0) / 5.0).exp()));
        }
    }
    cd
}

/// The table form of the crisis model reading `table` (which must outlive every use).
pub fn crisis_table_params(dt: f64, table: &[f64]) -> BfParams {
    assert_eq!(table.len(), TABLE_SPEEDS * TABLE_SPINS);
    BfParams {
        drag_model: BF_DRAG_TABLE,
        table: table.as_ptr(),
        table_speed_count: TABLE_SPEEDS as i64,
        table_spin_count: TABLE_SPINS as i64,
        table_speed_scale: (TABLE_SPEEDS - 1) as f64 / 70.0,
        table_spin_scale: (TABLE_SPINS - 1) as f64 / 700.0,
        ..crisis_params(dt)
    }
}

/// `rho A / 2m` for a 5.125 oz, 9.125 in ball.
pub fn drag_k(rho: f64) -> f64 {
    let r = 9.125 * 0.0254 / (2.0 * std::f64::consts::PI);
    rho * std::f64::consts::PI * r * r / (2.0 * 5.125 * 0.028349523125)
}

/// A struct-of-arrays batch as the Java side lays it out.
pub struct Batch {
    pub data: Vec<f64>,
    pub capacity: usize,
}

impl Batch {
    pub fn new(capacity: usize) -> Self {
        Batch { data: vec![0.0; capacity * BF_COLUMN_COUNT as usize], capacity }
    }

    pub fn set(&mut self, column: i32, i: usize, v: f64) {
        self.data[column as usize * self.capacity + i] = v;
    }

    pub fn get(&self, column: i32, i: usize) -> f64 {
        self.data[column as usize * self.capacity + i]
    }

    /// A batted ball from 3 ft: speed (mph), launch angle (deg), backspin (rpm), calm air.
    pub fn batted(&mut self, i: usize, mph: f64, launch_deg: f64, backspin_rpm: f64, rho: f64) {
        let v = mph * MPH;
        let la = launch_deg.to_radians();
        self.set(BF_COL_Z, i, 3.0 * FT);
        self.set(BF_COL_VY, i, v * la.cos());
        self.set(BF_COL_VZ, i, v * la.sin());
        // Backspin axis along +x for a ball hit to center: omega x v points up.
        self.set(BF_COL_SPIN_X, i, backspin_rpm * RPM);
        self.set(BF_COL_DRAG_K, i, drag_k(rho));
        self.set(BF_COL_SHEAR_REFERENCE_HEIGHT, i, 33.0 * FT);
        self.set(BF_COL_PLANE_Y, i, f64::NEG_INFINITY);
    }
}
