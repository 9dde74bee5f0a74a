package dev.plumbline.schemagen;

import com.google.gson.annotations.SerializedName;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.swagger.annotations.ApiModel;
import io.swagger.annotations.ApiModelProperty;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The model classes reachable from the creatable kinds, read by reflection: {@code @ApiModel} gives a
 * type's description, each {@code @SerializedName} field a wire name and type, its getter's
 * {@code @ApiModelProperty} the description and required flag ({@code openapiRequiredFields} too).
 * Type ids follow discovery order, so the output is stable for a given client version.
 */
final class ModelCatalog {

    private static final String MODELS_PACKAGE = V1ObjectMeta.class.getPackageName();
    /** The version prefix of a model class name: {@code V1}, {@code V1beta1}, {@code CoreV1}, {@code FlowcontrolV1}. */
    private static final Pattern VERSION_PREFIX = Pattern.compile("^(?:[A-Z][a-z]+)*?V\\d+(?:alpha\\d+|beta\\d+)?(?=[A-Z])");

    /** One model class. */
    record ModelType(int id, Class<?> type, String displayName, String description, List<ModelField> fields) {
    }

    /**
     * One property.
     *
     * @param typeExpr see {@link IndexWriter}: {@code s i n b q x y t a}, {@code #id}, {@code [} array of, {@code {} map of
     */
    record ModelField(String wireName, String typeExpr, boolean required, String description) {
    }

    private final Map<Class<?>, Integer> ids = new LinkedHashMap<>();
    private final List<ModelType> types = new ArrayList<>();

    private ModelCatalog() {
    }

    static boolean isModel(Class<?> type) {
        return type.getPackageName().equals(MODELS_PACKAGE) && !type.isEnum() && !type.isInterface();
    }

    /** {@code V1Deployment} → {@code Deployment}, {@code CoreV1Event} → {@code Event}. */
    static String displayName(Class<?> model) {
        return VERSION_PREFIX.matcher(model.getSimpleName()).replaceFirst("");
    }

    static ModelCatalog reachableFrom(Collection<Class<?>> roots) throws ReflectiveOperationException {
        ModelCatalog catalog = new ModelCatalog();
        Deque<Class<?>> todo = new ArrayDeque<>();
        for (Class<?> root : roots) {
            catalog.enqueue(root, todo);
        }
        List<ModelType> read = new ArrayList<>();
        while (!todo.isEmpty()) {
            read.add(catalog.read(todo.removeFirst(), todo));
        }
        read.sort(Comparator.comparingInt(ModelType::id));
        catalog.types.addAll(read);
        return catalog;
    }

    List<ModelType> types() {
        return types;
    }

    int idOf(Class<?> type) {
        Integer id = ids.get(type);
        if (id == null) {
            throw new IllegalArgumentException(type + " is not reachable from any kind");
        }
        return id;
    }

    ModelType bySimpleName(String simpleName) {
        return types.stream().filter(t -> t.type().getSimpleName().equals(simpleName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no model class " + simpleName
                        + " is reachable from a kind (renamed in this client version?)"));
    }

    private int enqueue(Class<?> type, Deque<Class<?>> todo) {
        Integer id = ids.get(type);
        if (id == null) {
            id = ids.size();
            ids.put(type, id);
            todo.addLast(type);
        }
        return id;
    }

    private ModelType read(Class<?> type, Deque<Class<?>> todo) throws ReflectiveOperationException {
        ApiModel model = type.getAnnotation(ApiModel.class);
        String description = model == null ? "" : model.description();
        Set<String> required = requiredFields(type);
        List<ModelField> fields = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            SerializedName wire = field.getAnnotation(SerializedName.class);
            if (wire == null || Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            ApiModelProperty property = getter(type, field).getAnnotation(ApiModelProperty.class);
            String typeExpr = typeExpr(field.getGenericType(), todo);
            String own = property == null ? "" : property.value().strip();
            boolean isRequired = required.contains(wire.value()) || (property != null && property.required());
            fields.add(new ModelField(wire.value(), typeExpr, isRequired, own));
        }
        fields.sort(Comparator.comparing(ModelField::wireName));
        return new ModelType(ids.get(type), type, displayName(type), description.strip(), fields);
    }

    /** A field's own description, or (for a {@code $ref}, list or map of one) its target type's. */
    String descriptionOf(ModelField field) {
        if (!field.description().isEmpty()) {
            return field.description();
        }
        String base = field.typeExpr().replaceAll("^[\\[{]+", "");
        return base.startsWith("#") ? types.get(Integer.parseInt(base.substring(1))).description() : "";
    }

    @SuppressWarnings("unchecked")
    private static Set<String> requiredFields(Class<?> type) throws ReflectiveOperationException {
        try {
            Object value = type.getField("openapiRequiredFields").get(null);
            return value == null ? Set.of() : Set.copyOf((Collection<String>) value);
        } catch (NoSuchFieldException e) {
            return Set.of();
        }
    }

    /** {@code getFoo} for {@code foo}; {@code get$Ref} for {@code $ref}; {@code getObject} for {@code _object} (a keyword). */
    private static Method getter(Class<?> type, Field field) throws NoSuchMethodException {
        String name = field.getName().replaceFirst("^_+", "");
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() == 0 && method.getName().equalsIgnoreCase("get" + name)) {
                return method;
            }
        }
        throw new NoSuchMethodException("no getter for " + type.getSimpleName() + "." + field.getName());
    }

    private String typeExpr(Type type, Deque<Class<?>> todo) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            Type[] arguments = parameterized.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
                return "[" + typeExpr(arguments[0], todo);
            }
            if (Map.class.isAssignableFrom(raw) && arguments[0] == String.class) {
                return "{" + typeExpr(arguments[1], todo);
            }
        }
        if (type instanceof Class<?> c) {
            if (c == String.class) {
                return "s";
            }
            if (c == Integer.class || c == Long.class || c == int.class || c == long.class) {
                return "i";
            }
            if (c == Double.class || c == Float.class || c == BigDecimal.class) {
                return "n";
            }
            if (c == Boolean.class || c == boolean.class) {
                return "b";
            }
            if (c == Quantity.class) {
                return "q";
            }
            if (c == IntOrString.class) {
                return "x";
            }
            if (c == byte[].class) {
                return "y";
            }
            if (c == OffsetDateTime.class || c == LocalDate.class) {
                return "t";
            }
            if (c == Object.class) {
                return "a";
            }
            if (isModel(c)) {
                return "#" + enqueue(c, todo);
            }
        }
        throw new IllegalStateException("no schema type for " + type.getTypeName()
                + " (a new kind of field in this client version: teach ModelCatalog.typeExpr)");
    }
}
