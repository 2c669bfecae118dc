package dk.elaas.intake;

/** Progress of one intake; called on the worker thread, so a UI must hop to its own thread. */
@FunctionalInterface
public interface IntakeProgress {

    IntakeProgress NONE = (stage, overall) -> { };

    /**
     * @param stage   the step running now
     * @param overall 0..1 for the whole intake
     */
    void update(IntakeStage stage, double overall);
}
