package org.credence.engine.analysis.attribution;

import java.util.Arrays;

import opennlp.tools.ml.model.MaxentModel;

/**
 * A model that remembers its last few evaluations by the content of their contexts. Beam search evaluates each
 * token once per hypothesis in the beam, and hypotheses that end in the same outcome give the same context, so
 * about half of the evaluations repeat one just made; they are the costliest step of attribution. The answers are
 * the model's own, so decoding gives the same spans, only sooner. One per decoder: not thread-safe.
 */
final class RecentEvaluations implements MaxentModel {

    /** Enough for a beam of a few hypotheses at one token; older entries belong to tokens already decoded. */
    private static final int REMEMBERED = 8;

    private final MaxentModel inner;
    private final String[][] contexts = new String[REMEMBERED][];
    private final int[] hashes = new int[REMEMBERED];
    private final double[][] answers = new double[REMEMBERED][];
    private int next;

    RecentEvaluations(MaxentModel inner) {
        this.inner = inner;
    }

    @Override
    public double[] eval(String[] context) {
        return eval(context, new double[inner.getNumOutcomes()]);
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
        int hash = Arrays.hashCode(context);
        for (int i = 0; i < REMEMBERED; i++) {
            if (contexts[i] != null && hashes[i] == hash && Arrays.equals(contexts[i], context)) {
                System.arraycopy(answers[i], 0, probs, 0, probs.length);
                return probs;
            }
        }
        double[] answer = inner.eval(context, probs);
        contexts[next] = context.clone();
        hashes[next] = hash;
        answers[next] = answer.clone();
        next = (next + 1) % REMEMBERED;
        return answer;
    }

    @Override
    public double[] eval(String[] context, float[] values) {
        return inner.eval(context, values);
    }

    @Override
    public String getBestOutcome(double[] outcomes) {
        return inner.getBestOutcome(outcomes);
    }

    @Override
    public String getAllOutcomes(double[] outcomes) {
        return inner.getAllOutcomes(outcomes);
    }

    @Override
    public String getOutcome(int i) {
        return inner.getOutcome(i);
    }

    @Override
    public int getIndex(String outcome) {
        return inner.getIndex(outcome);
    }

    @Override
    public int getNumOutcomes() {
        return inner.getNumOutcomes();
    }
}
