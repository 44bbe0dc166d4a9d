package org.iprassist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.Handle;
import org.springframework.asm.Label;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.Type;

/**
 * What a class publishes as application events, read from its byte code: the static type of the
 * argument of every {@code publishEvent(…)} and {@code registerEvent(…)} call (Spring's publisher,
 * Spring Data's aggregate root, or anything else so named). The argument is the value the
 * instruction just before the call produced: a constructor call, a method's return value, a field,
 * a cast or a local variable (typed through the local variable table). Anything else, a method
 * reference to such a method included, is reported as unknown: then nobody can tell what is
 * published, which the architecture rules refuse, so no event can slip past them unseen.
 */
final class PublishedEvents {

	private static final Set<String> PUBLISHING = Set.of("publishEvent", "registerEvent");

	private PublishedEvents() {
	}

	/**
	 * @return one entry per publication site: the published type's class name, or {@code null}
	 *         when it cannot be told, with the method it is in
	 */
	static List<Site> of(JavaClass javaClass) {
		List<Site> sites = new ArrayList<>();
		try (InputStream in = javaClass.getSource().orElseThrow().getUri().toURL().openStream()) {
			new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
				@Override
				public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
						String[] exceptions) {
					return new Publications(javaClass.getName() + "." + name, sites);
				}
			}, 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return sites;
	}

	/** A publication in {@code method} of an event of class {@code type} ({@code null}: unknown). */
	record Site(String method, String type) {
	}

	private static final class Publications extends MethodVisitor {

		private final String method;

		private final List<Site> sites;

		private final List<PendingLocal> locals = new ArrayList<>();

		private final List<Variable> variables = new ArrayList<>();

		private String lastType;

		private int lastLocal = -1;

		private Label lastLabel;

		Publications(String method, List<Site> sites) {
			super(Opcodes.ASM9);
			this.method = method;
			this.sites = sites;
		}

		@Override
		public void visitLabel(Label label) {
			lastLabel = label;
		}

		@Override
		public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
			if (PUBLISHING.contains(name) && Type.getArgumentTypes(descriptor).length == 1) {
				if (lastLocal >= 0) {
					locals.add(new PendingLocal(lastLocal, lastLabel, sites.size()));
				}
				sites.add(new Site(method, lastType));
			}
			Type returned = Type.getReturnType(descriptor);
			produced(name.equals("<init>") ? Type.getObjectType(owner).getClassName()
					: returned.getSort() == Type.OBJECT ? returned.getClassName() : null);
		}

		@Override
		public void visitVarInsn(int opcode, int index) {
			produced(null);
			if (opcode == Opcodes.ALOAD) {
				lastLocal = index;
			}
		}

		@Override
		public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
			Type type = Type.getType(descriptor);
			produced(opcode == Opcodes.GETFIELD || opcode == Opcodes.GETSTATIC ? type.getClassName() : null);
		}

		@Override
		public void visitTypeInsn(int opcode, String type) {
			produced(opcode == Opcodes.CHECKCAST ? Type.getObjectType(type).getClassName() : null);
		}

		@Override
		public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
			for (Object argument : arguments) {
				if (argument instanceof Handle handle && PUBLISHING.contains(handle.getName())) {
					sites.add(new Site(method, null));
				}
			}
			produced(null);
		}

		@Override
		public void visitInsn(int opcode) {
			produced(null);
		}

		@Override
		public void visitIntInsn(int opcode, int operand) {
			produced(null);
		}

		@Override
		public void visitLdcInsn(Object value) {
			produced(null);
		}

		@Override
		public void visitJumpInsn(int opcode, Label label) {
			produced(null);
		}

		@Override
		public void visitLocalVariable(String name, String descriptor, String signature, Label start, Label end,
				int index) {
			variables.add(new Variable(index, Type.getType(descriptor).getClassName(), start, end));
		}

		@Override
		public void visitEnd() {
			for (PendingLocal local : locals) {
				int at = local.label() == null ? 0 : local.label().getOffset();
				String type = variables.stream()
					.filter(variable -> variable.index() == local.index() && variable.start().getOffset() <= at
							&& at < variable.end().getOffset())
					.map(Variable::type)
					.findFirst()
					.orElse(null);
				sites.set(local.site(), new Site(method, type));
			}
		}

		private void produced(String type) {
			lastType = type;
			lastLocal = -1;
		}
	}

	private record PendingLocal(int index, Label label, int site) {
	}

	private record Variable(int index, String type, Label start, Label end) {
	}
}
