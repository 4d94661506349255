package com.contas.common;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Two writers that read the same version at the same moment both pass the services' own version
 * check; the database lets one update through and JPA refuses the other at flush or commit. That
 * refusal leaves every service as the same {@link StaleVersionException} the services throw
 * themselves, so screens explain a conflict one way whichever writer lost. The advice wraps the
 * transaction (highest precedence), so a refusal at commit is translated too.
 */
@Configuration(proxyBeanMethods = false)
class StaleVersionTranslation {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor staleVersionAdvisor() {
        MethodInterceptor translate = invocation -> {
            try {
                return invocation.proceed();
            } catch (ObjectOptimisticLockingFailureException e) {
                String type = e.getPersistentClassName();
                String entity = type == null ? "record" : type.substring(type.lastIndexOf('.') + 1);
                throw new StaleVersionException(entity, e.getIdentifier());
            }
        };
        DefaultPointcutAdvisor advisor =
                new DefaultPointcutAdvisor(new AnnotationMatchingPointcut(Service.class, true), translate);
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }
}
