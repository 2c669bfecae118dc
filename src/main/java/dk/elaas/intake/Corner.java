package dk.elaas.intake;

/** A point in image pixels (x to the right, y down). */
public record Corner(double x, double y) {
}
