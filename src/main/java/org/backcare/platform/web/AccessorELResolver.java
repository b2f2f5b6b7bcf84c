package org.backcare.platform.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls a page's method expressions ({@code #{tip.title()}}, {@code #{page.text(e).name()}}) from a
 * per-class table instead of the standard resolver's search. backcare's pages read records, which
 * Jakarta EL 5 can reach only as method calls, and the standard {@code BeanELResolver.invoke} looks
 * the method up with {@code Class.getMethods()} on every call: a copy of every public method of the
 * class (hundreds on a CDI proxy), many times a page. JFR put that search at 5-7% of a page's time
 * (issue 32). The table is built once per class and never changes, since a loaded class's methods
 * do not.
 *
 * <p>Only what the standard resolver would call, with the arguments it would pass, is called: a
 * public, non-static, non-void method, declared on a class or interface the caller may reach, the
 * only one of its name taking that many arguments, and each argument already of its parameter's
 * type (or null for an object parameter). Anything else (an overloaded name, an argument EL would
 * have to convert, a void method, a method of a class whose methods are not accessible such as the
 * JDK's private list classes) is left unresolved, so the standard resolvers behind this one answer
 * it exactly as before. It never reads or sets properties.
 */
public final class AccessorELResolver extends ELResolver {

  /**
   * Per class, in a map of this class's own rather than a {@code ClassValue}: a {@code ClassValue}
   * keeps its entry on the JDK's classes too ({@code ArrayList}, {@code String}), and that entry
   * would hold this application's class loader after an undeploy, so every redeploy would leak the
   * whole application's classes (the integration tests' server ran out of metaspace). This map goes
   * with the application. It holds one entry per class a page calls a method on.
   */
  private static final Map<Class<?>, Map<Call, Target>> METHODS = new ConcurrentHashMap<>();

  @Override
  public Object invoke(
      ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
    if (base == null || base instanceof Class<?> || !(method instanceof String name)) {
      return null;
    }
    Object[] args = params == null ? new Object[0] : params;
    Target target =
        METHODS
            .computeIfAbsent(base.getClass(), AccessorELResolver::methods)
            .get(new Call(name, args.length));
    if (target == null || !target.fits(args)) {
      return null;
    }
    try {
      Object value = target.method().invoke(base, args);
      context.setPropertyResolved(base, method);
      return value;
    } catch (InvocationTargetException e) {
      throw new ELException(e.getCause());
    } catch (IllegalAccessException e) {
      return null;
    }
  }

  /** A method's name and how many arguments a page passes it. */
  record Call(String name, int arguments) {}

  /**
   * A callable method with what each argument must be, worked out once: its parameter types with
   * primitives boxed (a page passes an {@code int} as an {@code Integer}), and which of them are
   * primitive, since a primitive parameter cannot take a null.
   */
  record Target(Method method, Class<?>[] boxed, boolean[] primitive) {

    static Target of(Method method) {
      Class<?>[] types = method.getParameterTypes();
      Class<?>[] boxed = new Class<?>[types.length];
      boolean[] primitive = new boolean[types.length];
      for (int i = 0; i < types.length; i++) {
        primitive[i] = types[i].isPrimitive();
        boxed[i] = primitive[i] ? MethodType.methodType(types[i]).wrap().returnType() : types[i];
      }
      return new Target(method, boxed, primitive);
    }

    /** Whether every argument can be passed as it is, with no conversion EL would have made. */
    boolean fits(Object[] args) {
      for (int i = 0; i < boxed.length; i++) {
        Object arg = args[i];
        if (arg == null ? primitive[i] : !boxed[i].isInstance(arg)) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * The public methods of {@code type} that can be called from outside, by name and number of
   * arguments; a name with two methods of the same number is left out, for EL to choose between.
   */
  static Map<Call, Target> methods(Class<?> type) {
    Map<Call, List<Method>> byCall = new HashMap<>();
    for (Method method : type.getMethods()) {
      if (!Modifier.isStatic(method.getModifiers())
          && method.getReturnType() != void.class
          && !method.isBridge()
          && !method.isVarArgs()) {
        byCall
            .computeIfAbsent(
                new Call(method.getName(), method.getParameterCount()), c -> new ArrayList<>())
            .add(method);
      }
    }
    Map<Call, Target> callable = new HashMap<>();
    byCall.forEach(
        (call, candidates) -> {
          boolean overloaded =
              candidates.stream().map(m -> Arrays.asList(m.getParameterTypes())).distinct().count()
                  > 1;
          Method reachable = overloaded ? null : callable(type, candidates.get(0));
          if (reachable != null) {
            callable.put(call, Target.of(reachable));
          }
        });
    return Map.copyOf(callable);
  }

  /**
   * {@code method} itself when its class is public, else the same method on a public superclass or
   * interface (how {@code List.size()} is reached on a JDK-private list), else none.
   */
  private static Method callable(Class<?> type, Method method) {
    if (Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
      return method;
    }
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Class<?> face : c.getInterfaces()) {
        Method found = publicMethod(face, method.getName(), method.getParameterTypes());
        if (found != null) {
          return found;
        }
      }
      if (c != type && Modifier.isPublic(c.getModifiers())) {
        Method found = publicMethod(c, method.getName(), method.getParameterTypes());
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static Method publicMethod(Class<?> type, String name, Class<?>... parameters) {
    if (!Modifier.isPublic(type.getModifiers())) {
      return null;
    }
    try {
      return type.getMethod(name, parameters);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // Properties are the standard resolvers' business.
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return null;
  }
}
