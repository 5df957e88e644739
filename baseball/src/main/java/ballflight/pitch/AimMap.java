package ballflight.pitch;

/**
 * Where a pitcher's pitch type arrives for a straight-line aim: arrival = arrival at the middle aim
 * + M (aim - middle aim), with M the change of the arrival point per ft of straight-line aim in x
 * and z. Inverted to find the aim for a target. Measured by {@link AimMaps}.
 */
record AimMap(double aimZ0Ft, double arriveX0Ft, double arriveZ0Ft, double dxDx, double dxDz,
              double dzDx, double dzDz) {

    /** Aim straight at the target: for a pitch that never reaches the plate from any sensible aim. */
    static final AimMap STRAIGHT = new AimMap(0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 1.0);

    PlateTarget aimFor(PlateTarget target) {
        double ex = target.xFt() - arriveX0Ft;
        double ez = target.zFt() - arriveZ0Ft;
        double det = dxDx * dzDz - dxDz * dzDx;
        return new PlateTarget((dzDz * ex - dxDz * ez) / det, aimZ0Ft + (dxDx * ez - dzDx * ex) / det);
    }
}
