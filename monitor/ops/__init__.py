"""Operations: ``monitor health`` / ``monitor doctor`` (``health``) and Prometheus metrics."""
