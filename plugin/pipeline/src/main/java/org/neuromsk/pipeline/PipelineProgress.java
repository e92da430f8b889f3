package org.neuromsk.pipeline;

/** Told what the pipeline is doing; implementations print concise lines or draw a bar. */
public interface PipelineProgress {

    /**
     * @param index 1-based stage number
     * @param count number of stages
     * @param name what starts now
     */
    void stage(int index, int count, String name);

    /** @param fraction progress of the current stage, 0–1 */
    default void fraction(double fraction) {
    }

    /** @param note a one-line remark */
    void note(String note);

    /** @return progress that says nothing */
    static PipelineProgress silent() {
        return new PipelineProgress() {
            @Override
            public void stage(int index, int count, String name) {
            }

            @Override
            public void note(String note) {
            }
        };
    }
}
