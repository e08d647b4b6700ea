package io.harvest4j.core;

/**
 * A call of the API that answers one value (or none: {@code Void}), ready to run with
 * {@link #execute()} or {@link #executeAsync()}; see {@link ExecutableRequest}.
 *
 * @param <T> the result's type
 */
public final class HarvestRequest<T> extends ExecutableRequest<T, HarvestRequest<T>> {

    private HarvestRequest(HarvestClient client, Call<T> call) {
        super(client, call);
    }

    /**
     * @param client the client that runs the call
     * @param call the call's declaration
     * @param <T> the result's type
     * @return the request
     * @throws InvalidRequestException when either is {@code null}
     */
    public static <T> HarvestRequest<T> of(HarvestClient client, Call<T> call) {
        return new HarvestRequest<>(client, call);
    }

    @Override
    protected HarvestRequest<T> copy(Call<T> changed) {
        return new HarvestRequest<>(client(), changed);
    }
}
