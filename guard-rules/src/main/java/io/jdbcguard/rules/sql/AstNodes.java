package io.jdbcguard.rules.sql;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Flattens a JSqlParser syntax tree into the list of every node in it, in pre-order.
 *
 * <p>Why not JSqlParser's visitors: a rule that misses a node type is a bypass, and the visitor
 * adapters of 5.x skip some positions (a {@code WITH d AS (DELETE ...)} item even throws when
 * visited as a select). This walker reads the fields of every object of the {@code
 * net.sf.jsqlparser} packages, so no node type and no position can be missed, whatever the parser
 * version adds. It is iterative (no recursion, so no stack overflow) and runs once per distinct
 * statement; its per-class field tables are computed once.
 */
public final class AstNodes {

  private static final String AST_PACKAGE = rootPackage();
  private static final String PARSER_PACKAGE = AST_PACKAGE + ".parser";
  private static final int MAX_NODES = 200_000;

  private static final ClassValue<Field[]> FIELDS =
      new ClassValue<>() {
        @Override
        protected Field[] computeValue(Class<?> type) {
          List<Field> fields = new ArrayList<>();
          for (Class<?> c = type; c != null && isAstClass(c); c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
              if (Modifier.isStatic(f.getModifiers()) || skipType(f.getType())) {
                continue;
              }
              try {
                f.setAccessible(true);
              } catch (InaccessibleObjectException | SecurityException e) {
                throw new IllegalStateException("cannot read AST field " + f, e);
              }
              fields.add(f);
            }
          }
          return fields.toArray(new Field[0]);
        }
      };

  private AstNodes() {}

  /**
   * Every AST object reachable from {@code root} (including {@code root}), each once, parents
   * before children.
   *
   * @throws IllegalStateException if the tree is implausibly large or cannot be read; the engine
   *     turns that into a block
   */
  public static List<Object> of(Object root) {
    return of(root, node -> true);
  }

  /**
   * Like {@link #of(Object)}, but does not look inside a node (other than the root) for which
   * {@code descend} is false; that node itself is included.
   */
  public static List<Object> of(Object root, java.util.function.Predicate<Object> descend) {
    if (root == null) {
      return List.of();
    }
    List<Object> out = new ArrayList<>();
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    ArrayDeque<Object> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Object node = stack.pop();
      if (!seen.add(node)) {
        continue;
      }
      if (out.size() >= MAX_NODES) {
        throw new IllegalStateException("statement has more than " + MAX_NODES + " syntax nodes");
      }
      out.add(node);
      if (node != root && !descend.test(node)) {
        continue;
      }
      List<Object> children = new ArrayList<>();
      collectChildren(node, children);
      for (int i = children.size() - 1; i >= 0; i--) {
        stack.push(children.get(i));
      }
    }
    return out;
  }

  /** Every node of {@code root} that is an instance of {@code type}. */
  public static <T> List<T> ofType(List<Object> nodes, Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Object n : nodes) {
      if (type.isInstance(n)) {
        out.add(type.cast(n));
      }
    }
    return out;
  }

  private static void collectChildren(Object node, List<Object> out) {
    Field[] fields = FIELDS.get(node.getClass());
    for (Field f : fields) {
      Object value;
      try {
        value = f.get(node);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot read AST field " + f, e);
      }
      addValue(value, out);
    }
  }

  private static void addValue(Object value, List<Object> out) {
    if (value == null) {
      return;
    }
    if (value instanceof Collection<?> c) {
      for (Object o : c) {
        addValue(o, out);
      }
    } else if (value instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        addValue(e.getKey(), out);
        addValue(e.getValue(), out);
      }
    } else if (value instanceof Map.Entry<?, ?> e) {
      addValue(e.getKey(), out);
      addValue(e.getValue(), out);
    } else if (value.getClass().isArray() && !value.getClass().getComponentType().isPrimitive()) {
      for (int i = 0, n = Array.getLength(value); i < n; i++) {
        addValue(Array.get(value, i), out);
      }
    } else if (isAstClass(value.getClass()) && !value.getClass().isEnum()) {
      out.add(value);
    }
  }

  private static boolean isAstClass(Class<?> c) {
    String name = c.getName();
    return name.startsWith(AST_PACKAGE) && !name.startsWith(PARSER_PACKAGE);
  }

  private static boolean skipType(Class<?> t) {
    return t.isPrimitive()
        || t == String.class
        || t.isEnum()
        || Number.class.isAssignableFrom(t)
        || t == Boolean.class
        || t.getName().startsWith(PARSER_PACKAGE);
  }

  /** {@code net.sf.jsqlparser}, or its relocated name inside the shaded jar. */
  private static String rootPackage() {
    String statementClass = net.sf.jsqlparser.statement.Statement.class.getName();
    return statementClass.substring(0, statementClass.length() - ".statement.Statement".length());
  }
}
