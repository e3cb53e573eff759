package org.broadsheet.content;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.aopalliance.intercept.MethodInterceptor;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Holds every content load at its start ({@link ArticleWriter}'s {@code startRun}) until
 * the test lets it go, so a test can look at the portal while a load is under way.
 */
final class HeldLoads {

	private HeldLoads() {
	}

	/**
	 * @param started counted down when a load reaches its start
	 * @param release what the held load waits for (at most two minutes)
	 */
	static BeanPostProcessor holding(CountDownLatch started, CountDownLatch release) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (!(bean instanceof ArticleWriter)) {
					return bean;
				}
				ProxyFactory proxy = new ProxyFactory(bean);
				proxy.setProxyTargetClass(true);
				proxy.addAdvice((MethodInterceptor) (invocation) -> {
					if (invocation.getMethod().getName().equals("startRun")) {
						started.countDown();
						release.await(120, TimeUnit.SECONDS);
					}
					return invocation.proceed();
				});
				return proxy.getProxy();
			}
		};
	}

}
