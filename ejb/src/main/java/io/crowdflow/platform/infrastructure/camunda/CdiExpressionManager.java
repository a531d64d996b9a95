package io.crowdflow.platform.infrastructure.camunda;

import jakarta.enterprise.inject.spi.BeanManager;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/** Camunda's expression manager with CDI beans resolvable by name, after process variables. */
public class CdiExpressionManager extends JuelExpressionManager {

    private final BeanManager beanManager;

    public CdiExpressionManager(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(super.createElResolver());
        resolver.add(new CdiBeanElResolver(beanManager));
        return resolver;
    }
}
