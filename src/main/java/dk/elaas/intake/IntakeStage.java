package dk.elaas.intake;

/** The steps of an intake, in order, with the share of the total time each usually takes. */
public enum IntakeStage {
    LOADING(0.10),
    PREPARING(0.15),
    RECOGNISING(0.45),
    /** A second reading with the handwriting model; pages read well the first time skip it. */
    HANDWRITING(0.20),
    EXTRACTING(0.10);

    private final double weight;

    IntakeStage(double weight) {
        this.weight = weight;
    }

    /** Overall progress 0..1 when this stage is {@code fraction} done. */
    public double overall(double fraction) {
        double before = 0;
        for (IntakeStage s : values()) {
            if (s == this) {
                break;
            }
            before += s.weight;
        }
        return before + weight * Math.max(0, Math.min(1, fraction));
    }
}
