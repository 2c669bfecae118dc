package dk.elaas.intake;

/** A rectangle in the prepared image's pixels. */
public record Box(int x, int y, int width, int height) {

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }

    public Box union(Box o) {
        if (o == null) {
            return this;
        }
        int x0 = Math.min(x, o.x);
        int y0 = Math.min(y, o.y);
        return new Box(x0, y0, Math.max(right(), o.right()) - x0, Math.max(bottom(), o.bottom()) - y0);
    }
}
