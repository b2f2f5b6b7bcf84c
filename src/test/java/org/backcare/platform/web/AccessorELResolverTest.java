package org.backcare.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccessorELResolverTest {

  /** A page's record, as the pages read them. */
  public record Card(String id, int minutes) {
    public String label(String prefix) {
      return prefix + id;
    }

    public String pad(String text) {
      return text + id;
    }

    public String pad(int width) {
      return id.repeat(width);
    }

    public String times(int count) {
      return id.repeat(count);
    }

    public void touch() {
      // a void method: never a value
    }

    public String broken() {
      throw new IllegalStateException("broken card");
    }
  }

  /** A record the page cannot name, as some application services return. */
  record Hidden(String id) {}

  private final AccessorELResolver resolver = new AccessorELResolver();

  @Test
  void callsARecordsAccessorAndSaysItResolvedIt() {
    Context context = new Context();
    Object value = resolver.invoke(context, new Card("cat-cow", 4), "minutes", null, new Object[0]);
    assertEquals(4, value);
    assertTrue(context.isPropertyResolved());
  }

  @Test
  void callsAJdkPrivateListsSizeThroughItsPublicInterface() {
    Context context = new Context();
    assertEquals(3, resolver.invoke(context, List.of(1, 2, 3), "size", null, null));
    assertTrue(context.isPropertyResolved());
  }

  @Test
  void callsAMethodWithArgumentsOfItsOwnTypes() {
    Context context = new Context();
    assertEquals(
        "x-cat-cow",
        resolver.invoke(context, new Card("cat-cow", 4), "label", null, new Object[] {"x-"}));
    assertTrue(context.isPropertyResolved());
  }

  @Test
  void leavesConversionsOverloadsVoidMethodsAndUnknownNamesToTheStandardResolvers() {
    Card card = new Card("cat-cow", 4);
    for (Object[] call :
        new Object[][] {
          {"label", new Object[] {7}},
          {"pad", new Object[] {"x"}},
          {"pad", new Object[] {3}},
          {"touch", new Object[0]},
          {"nothing", new Object[0]},
          {"id", new Object[] {"extra"}}
        }) {
      Context context = new Context();
      assertNull(resolver.invoke(context, card, call[0], null, (Object[]) call[1]));
      assertFalse(context.isPropertyResolved(), () -> "resolved " + call[0]);
    }
  }

  @Test
  void passesABoxedNumberToAPrimitiveParameterButNeverANullOrAnotherType() {
    Card card = new Card("ab", 1);
    Context context = new Context();
    assertEquals("abab", resolver.invoke(context, card, "times", null, new Object[] {2}));
    assertTrue(context.isPropertyResolved());
    for (Object arg : new Object[] {null, 2L, "2"}) {
      Context other = new Context();
      assertNull(resolver.invoke(other, card, "times", null, new Object[] {arg}));
      assertFalse(other.isPropertyResolved(), () -> "resolved times(" + arg + ")");
    }
  }

  @Test
  void reachesAPackagePrivateRecordOnlyWhereTheStandardResolverCould() {
    Map<AccessorELResolver.Call, AccessorELResolver.Target> hidden =
        AccessorELResolver.methods(Hidden.class);
    assertFalse(
        hidden.containsKey(new AccessorELResolver.Call("id", 0)),
        "a non-public record's accessor is not callable");
    assertSame(
        Card.class,
        AccessorELResolver.methods(Card.class)
            .get(new AccessorELResolver.Call("id", 0))
            .method()
            .getDeclaringClass());
  }

  @Test
  void anAccessorsFailureIsAnElErrorWithItsCause() {
    ELException e =
        assertThrows(
            ELException.class,
            () -> resolver.invoke(new Context(), new Card("x", 1), "broken", null, null));
    assertEquals("broken card", e.getCause().getMessage());
  }

  @Test
  void neverResolvesAProperty() {
    Context context = new Context();
    assertNull(resolver.getValue(context, new Card("x", 1), "id"));
    assertFalse(context.isPropertyResolved());
  }

  /** The smallest EL context the resolver needs. */
  private static final class Context extends ELContext {
    @Override
    public ELResolver getELResolver() {
      return null;
    }

    @Override
    public FunctionMapper getFunctionMapper() {
      return null;
    }

    @Override
    public VariableMapper getVariableMapper() {
      return null;
    }
  }
}
